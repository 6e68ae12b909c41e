/*
 * plan_out.c - write a training plan as text, Markdown or JSON (see
 * plan_out.h).  No I/O: everything goes into the caller's strbuf.
 */
#include "pmpath/plan_out.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "pmpath/banned.h"

/* Append "YYYY-MM-DD". */
static void add_date(struct strbuf *sb, struct pm_date d)
{
	char buf[PM_DATE_BUFSZ];
	sb_adds(sb, date_format(d, buf));
}

static void jw_date(struct jw *w, struct pm_date d)
{
	char buf[PM_DATE_BUFSZ];
	jw_str(w, date_format(d, buf));
}

char *plan_misfit_text(const struct plan *p)
{
	struct strbuf sb = STRBUF_INIT;
	if (p->fits || !p->has_exam_date)
		return NULL;
	sb_adds(&sb, "the plan does not fit before the exam on ");
	add_date(&sb, p->exam_date);
	sb_adds(&sb, " at ");
	sb_add_number(&sb, p->hours_per_week);
	sb_adds(&sb, " hours a week: ");
	if (p->hours_per_week_needed > 0) {
		sb_adds(&sb, "it needs ");
		sb_add_number(&sb, p->hours_per_week_needed);
		sb_adds(&sb, " hours a week");
		if (p->has_earliest) {
			sb_adds(&sb, ", or an exam on or after ");
			add_date(&sb, p->earliest_exam_date);
		}
	} else if (p->has_earliest) {
		sb_adds(&sb, "more hours a week do not help; the earliest realistic exam date is ");
		add_date(&sb, p->earliest_exam_date);
	} else {
		sb_adds(&sb, "no eligibility path can be met, so no exam date works");
	}
	return sb_detach(&sb);
}

/* "5 h" or "5 of 35 h, part 1/7" for one item. */
static void item_hours(struct strbuf *sb, const struct plan_item *it)
{
	sb_add_number(sb, it->hours);
	if (it->nparts > 1) {
		sb_adds(sb, " of ");
		sb_add_number(sb, it->item_hours);
		sb_addf(sb, " h, part %d/%d", it->part, it->nparts);
	} else {
		sb_adds(sb, " h");
	}
}

/* Escape the characters Markdown tables care about. */
static void md_text(struct strbuf *sb, const char *s, int markdown)
{
	for (; *s; s++) {
		if (markdown && (*s == '|' || *s == '*' || *s == '_' || *s == '`' ||
				 *s == '[' || *s == ']' || *s == '\\'))
			sb_addc(sb, '\\');
		sb_addc(sb, *s);
	}
}

static void write_summary(struct strbuf *sb, const struct plan *p, int md)
{
	const char *bullet = md ? "- " : "  ";
	sb_adds(sb, bullet);
	sb_adds(sb, "Start: ");
	add_date(sb, p->start);
	sb_adds(sb, ", ");
	sb_add_number(sb, p->hours_per_week);
	sb_adds(sb, " hours a week\n");
	sb_adds(sb, bullet);
	sb_adds(sb, "Total: ");
	sb_add_number(sb, p->total_hours);
	sb_addf(sb, " hours over %zu week%s with work\n", p->nweeks, p->nweeks == 1 ? "" : "s");
	for (size_t i = 0; i < p->ncontact; i++) {
		const struct plan_contact *c = &p->contact[i];
		sb_adds(sb, bullet);
		sb_addf(sb, "Contact hours toward %s (%s): ", c->cert, c->fact);
		sb_add_number(sb, c->have + c->planned);
		sb_adds(sb, " (");
		sb_add_number(sb, c->have);
		sb_adds(sb, " already, ");
		sb_add_number(sb, c->planned);
		sb_adds(sb, " planned");
		if (c->need > 0) {
			sb_adds(sb, "; the rule asks for ");
			sb_add_number(sb, c->need);
		}
		sb_adds(sb, ")\n");
	}
	sb_adds(sb, bullet);
	sb_adds(sb, "Eligibility: ");
	switch (p->elig) {
	case PLAN_ELIG_NONE:
		sb_adds(sb, "no rule to meet");
		break;
	case PLAN_ELIG_ALREADY:
		sb_adds(sb, "already eligible");
		break;
	case PLAN_ELIG_SCHEDULED:
		sb_adds(sb, "eligible from ");
		add_date(sb, p->eligible_from);
		break;
	case PLAN_ELIG_UNREACHABLE:
		sb_adds(sb, "not reachable by study alone (see notes)");
		break;
	}
	if (p->elig_path)
		sb_addf(sb, " (%s)", p->elig_path);
	sb_addc(sb, '\n');
	if (p->has_exam) {
		sb_adds(sb, bullet);
		sb_adds(sb, "Exam: ");
		add_date(sb, p->exam);
		sb_addc(sb, '\n');
	}
	if (p->currency) {
		sb_adds(sb, bullet);
		sb_addf(sb, "Cost of the items: %d to %d %s\n", p->cost_low, p->cost_high,
			p->currency);
	}
}

/* Column where the table's item text starts in the text form. */
#define ITEM_COL 25

/*
 * Append `text` to `out` with every line longer than 80 columns wrapped:
 * continuation lines of the week table align under the item column,
 * others indent two columns past the line's own indent.
 */
static void add_wrapped(struct strbuf *out, const char *text)
{
	while (*text) {
		const char *nl = strchr(text, '\n');
		size_t n = nl ? (size_t)(nl - text) : strlen(text);
		char *line = xstrndup(text, n);
		if (utf8_width(line) <= 80) {
			sb_adds(out, line);
			sb_addc(out, '\n');
		} else {
			size_t lead = strspn(line, " ");
			int row = lead >= ITEM_COL || (line[lead] >= '0' && line[lead] <= '9');
			char first[ITEM_COL + 8], rest[ITEM_COL + 8];
			size_t body = row && lead < ITEM_COL ? ITEM_COL : lead;
			if (body > ITEM_COL)
				body = ITEM_COL;
			/* A table row keeps its week/date/hours columns as they are. */
			snprintf(first, sizeof(first), "%.*s", (int)body, line);
			snprintf(rest, sizeof(rest), "%*s", (int)(row ? ITEM_COL + 2 : lead + 2), "");
			sb_wrap(out, line + body, 80, first, rest);
		}
		free(line);
		text += n + (nl ? 1 : 0);
	}
}

void plan_write_text(struct strbuf *out, const struct plan *p, int md)
{
	struct strbuf tmp = STRBUF_INIT;
	struct strbuf *sb = md ? out : &tmp;
	char *misfit = plan_misfit_text(p);
	sb_addf(sb, "%sTraining plan: %s (%s)\n\n", md ? "# " : "", p->target, p->target_name);
	if (misfit) {
		sb_addf(sb, "%sDoes not fit:%s %s.\n\n", md ? "**" : "", md ? "**" : "", misfit);
		free(misfit);
	}
	write_summary(sb, p, md);
	sb_addc(sb, '\n');
	if (md)
		sb_adds(sb, "## Weeks\n\n| Week | Starts | Hours | Items |\n| ---: | --- | ---: | --- |\n");
	else
		sb_adds(sb, "Week  Starts      Hours  Items\n");
	for (size_t i = 0; i < p->nweeks; i++) {
		const struct plan_week *w = &p->weeks[i];
		struct strbuf h = STRBUF_INIT;
		sb_add_number(&h, w->hours);
		if (md)
			sb_addf(sb, "| %d | ", w->week);
		else
			sb_addf(sb, "%4d  ", w->week);
		add_date(sb, w->start);
		if (md)
			sb_addf(sb, " | %s | ", h.buf);
		else
			sb_addf(sb, "  %5s  ", h.buf);
		sb_release(&h);
		for (size_t k = 0; k < w->nitems; k++) {
			const struct plan_item *it = &w->items[k];
			if (k)
				sb_adds(sb, md ? "<br>" : "\n                         ");
			md_text(sb, it->title, md);
			sb_adds(sb, " (");
			item_hours(sb, it);
			sb_addc(sb, ')');
		}
		sb_adds(sb, md ? " |\n" : "\n");
	}
	if (p->nmilestones) {
		sb_adds(sb, md ? "\n## Milestones\n\n" : "\nMilestones\n");
		for (size_t i = 0; i < p->nmilestones; i++) {
			sb_adds(sb, md ? "- " : "  ");
			add_date(sb, p->milestones[i].date);
			sb_addf(sb, " (week %d)  ", p->milestones[i].week);
			md_text(sb, p->milestones[i].text, md);
			sb_addc(sb, '\n');
		}
	}
	if (p->ndone) {
		sb_adds(sb, md ? "\n## Already done\n\n" : "\nAlready done (skipped)\n");
		for (size_t i = 0; i < p->ndone; i++) {
			sb_adds(sb, md ? "- " : "  ");
			md_text(sb, p->done[i], md);
			sb_addc(sb, '\n');
		}
	}
	if (p->nnotes) {
		sb_adds(sb, md ? "\n## Notes\n\n" : "\nNotes\n");
		for (size_t i = 0; i < p->nnotes; i++) {
			sb_adds(sb, md ? "- " : "  - ");
			md_text(sb, p->notes[i], md);
			sb_addc(sb, '\n');
		}
	}
	if (!md) {
		add_wrapped(out, tmp.buf);
		sb_release(&tmp);
	}
}

void plan_write_json(struct jw *w, const struct plan *p)
{
	jw_obj(w);
	jw_key(w, "target");
	jw_str(w, p->target);
	jw_key(w, "target_name");
	jw_str(w, p->target_name);
	jw_key(w, "start");
	jw_date(w, p->start);
	jw_key(w, "exam_date");
	if (p->has_exam_date)
		jw_date(w, p->exam_date);
	else if (p->has_exam)
		jw_date(w, p->exam);
	else
		jw_null(w);
	jw_key(w, "hours_per_week");
	jw_num(w, p->hours_per_week);
	jw_key(w, "total_hours");
	jw_num(w, p->total_hours);
	jw_key(w, "contact_hours");
	jw_obj(w);
	for (size_t i = 0; i < p->ncontact; i++) {
		/* One figure per cert: its pm/agile education hours, or the course's. */
		const struct plan_contact *c = &p->contact[i];
		size_t j;
		for (j = 0; j < i; j++)
			if (!strcmp(p->contact[j].cert, c->cert))
				break;
		if (j < i)
			continue;
		jw_key(w, c->cert);
		jw_num(w, c->have + c->planned);
	}
	jw_end(w);
	jw_key(w, "eligibility");
	jw_str(w, plan_elig_name(p->elig));
	jw_key(w, "eligible_from");
	if (p->elig == PLAN_ELIG_ALREADY || p->elig == PLAN_ELIG_SCHEDULED)
		jw_date(w, p->eligible_from);
	else
		jw_null(w);
	jw_key(w, "fits");
	jw_bool(w, p->fits);
	jw_key(w, "hours_per_week_needed");
	if (!p->fits && p->hours_per_week_needed > 0)
		jw_num(w, p->hours_per_week_needed);
	else
		jw_null(w);
	jw_key(w, "earliest_exam_date");
	if (!p->fits && p->has_earliest)
		jw_date(w, p->earliest_exam_date);
	else if (p->has_exam)
		jw_date(w, p->exam);
	else
		jw_null(w);
	jw_key(w, "cost");
	if (p->currency) {
		jw_obj(w);
		jw_key(w, "low");
		jw_int(w, p->cost_low);
		jw_key(w, "high");
		jw_int(w, p->cost_high);
		jw_key(w, "currency");
		jw_str(w, p->currency);
		jw_end(w);
	} else {
		jw_null(w);
	}
	jw_key(w, "weeks");
	jw_arr(w);
	for (size_t i = 0; i < p->nweeks; i++) {
		const struct plan_week *wk = &p->weeks[i];
		jw_obj(w);
		jw_key(w, "week");
		jw_int(w, wk->week);
		jw_key(w, "start");
		jw_date(w, wk->start);
		jw_key(w, "hours");
		jw_num(w, wk->hours);
		jw_key(w, "items");
		jw_arr(w);
		for (size_t k = 0; k < wk->nitems; k++) {
			const struct plan_item *it = &wk->items[k];
			jw_obj(w);
			jw_key(w, "id");
			jw_str(w, it->id);
			jw_key(w, "title");
			jw_str(w, it->title);
			jw_key(w, "kind");
			jw_str(w, it->kind);
			jw_key(w, "hours");
			jw_num(w, it->hours);
			jw_key(w, "contact_hours");
			jw_num(w, it->contact_hours);
			jw_key(w, "part");
			jw_int(w, it->part);
			jw_key(w, "parts");
			jw_int(w, it->nparts);
			jw_end(w);
		}
		jw_end(w);
		jw_end(w);
	}
	jw_end(w);
	jw_key(w, "milestones");
	jw_arr(w);
	for (size_t i = 0; i < p->nmilestones; i++) {
		jw_obj(w);
		jw_key(w, "kind");
		jw_str(w, plan_ms_name(p->milestones[i].kind));
		jw_key(w, "date");
		jw_date(w, p->milestones[i].date);
		jw_key(w, "week");
		jw_int(w, p->milestones[i].week);
		jw_key(w, "text");
		jw_str(w, p->milestones[i].text);
		jw_end(w);
	}
	jw_end(w);
	jw_key(w, "done");
	jw_arr(w);
	for (size_t i = 0; i < p->ndone; i++)
		jw_str(w, p->done[i]);
	jw_end(w);
	jw_key(w, "notes");
	jw_arr(w);
	for (size_t i = 0; i < p->nnotes; i++)
		jw_str(w, p->notes[i]);
	jw_end(w);
	jw_end(w);
}
