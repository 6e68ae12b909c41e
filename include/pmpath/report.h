/*
 * report.h - the report model: everything `pmpath report` shows, computed
 * once from the catalog, the bank and a session's answers (pure core).
 *
 * One model, four writers (src/out/report_{text,md,html,json}.c): the
 * writers only render what is here.  The model owns everything it holds
 * except the catalog and bank it points into, which must outlive it;
 * report_release() frees it.
 */
#ifndef PMPATH_REPORT_H
#define PMPATH_REPORT_H

#include <stddef.h>

#include "pmpath/answers.h"
#include "pmpath/bank.h"
#include "pmpath/catalog.h"
#include "pmpath/date.h"
#include "pmpath/elig.h"
#include "pmpath/plan.h"
#include "pmpath/recommend.h"
#include "pmpath/rewrite.h"
#include "pmpath/score.h"
#include "pmpath/util.h"

/* One line of the profile summary: "Role" / "System administrator". */
struct report_item {
	char *label;
	char *value;
};

/* A competency as the report shows it. */
struct report_comp {
	const struct cat_comp *comp; /* in the catalog */
	const struct comp_score *score; /* in report.scores */
	int target_level;  /* level the target role asks for (0..5), -1 if none */
	int has_previous;  /* rated in the previous session too */
	double previous;   /* its score then */
};

/* A resume bullet the user accepted (pmpath rewrite): as given, and the
 * final text, placeholders they did not fill still visible. */
struct report_accepted {
	char *original;
	char *text;
};

struct report {
	const struct catalog *cat;
	const struct bank *bank;
	char *profile;          /* profile name */
	char *generated;        /* YYYY-MM-DD the report was made */
	char *session_started;  /* ISO time */
	int session_complete;   /* 0: based on an unfinished assessment */
	char *previous_started; /* session compared with, or NULL */

	struct report_item *summary;
	size_t nsummary, nsummary_alloc_;
	struct facts facts;
	struct score_result scores;
	struct score_result prev_scores; /* valid when previous_started */
	struct report_comp *comps;       /* asked competencies, catalog order */
	size_t ncomps;
	struct recommendation rec;
	struct role_fits fits;
	struct gap_analysis gaps;
	char **accomplishments;          /* the user's own bullets, as given */
	size_t naccomplishments;
	struct rw_result *bullets;       /* their analysis and rewrites (when a
					    lexicon was given), one per item */
	size_t nbullets;
	struct report_accepted *accepted; /* accepted bullets, oldest first (owned) */
	size_t naccepted;
	char *pro_summary;               /* professional summary, with [..] slots */
	struct rw_strlist pro_summary_left; /* slots still to fill in it */
	int has_plan;                    /* a plan toward the recommended cert */
	struct plan plan;
	char **method;                   /* "how this was computed", one paragraph each */
	size_t nmethod;
};

struct report_input {
	const struct catalog *cat;
	const struct bank *bank;
	const struct answer_set *answers;
	const struct answer_set *previous; /* NULL: no comparison */
	const char *profile;
	const char *generated;             /* YYYY-MM-DD */
	const char *session_started;
	int session_complete;
	const char *previous_started;
	const struct lexicon *lx;          /* NULL: no bullet rewrites */
	int with_plan;                     /* plan toward the recommendation */
	struct pm_date plan_start;
	const char *const *done;           /* learning items already done */
	size_t ndone;
	const struct report_accepted *accepted; /* accepted bullets (copied), from the
						   store by the command */
	size_t naccepted;
};

/* Build the model.  Returns 0, or -1 with a message in err. */
int report_build(struct report *r, const struct report_input *in, struct errbuf *err);
void report_release(struct report *r);

/* Writers (src/out/): append the rendered report to `out`.
 * color: ANSI emphasis allowed (text only); width: columns (text). */
void report_text(struct strbuf *out, const struct report *r, int color, int width,
		 int explain);
void report_markdown(struct strbuf *out, const struct report *r, int explain);
void report_json(struct strbuf *out, const struct report *r, int explain);
/* HTML through libxml2's tree API; returns 0 or -1 with err. */
int report_html(struct strbuf *out, const struct report *r, int explain,
		struct errbuf *err);

#endif
