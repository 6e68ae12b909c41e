/*
 * plan_catalog.h - a small hand-built catalog for the plan and calendar
 * tests (static data; nothing to free).  Figures are made up for the
 * tests, not facts about the certifications.
 */
#ifndef PMPATH_TEST_PLAN_CATALOG_H
#define PMPATH_TEST_PLAN_CATALOG_H

#include "pmpath/catalog.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static struct cat_edu tc_edu[] = {
	{ "secondary", "Secondary", 1 }, { "associate", "Associate", 2 },
	{ "bachelor", "Bachelor", 3 },   { "master", "Master", 4 },
	{ "doctorate", "Doctorate", 5 },
};

/* PMP: degree + 36 months + 35 hours, or secondary + 60 months + 35 hours. */
static struct cat_req tc_pmp1[] = {
	{ "education", ">=", 0, "bachelor", NULL, NULL, "a four-year degree" },
	{ "pm_months", ">=", 36, NULL, NULL, "months", "36 months leading projects" },
	{ "pm_edu_hours", ">=", 35, NULL, "CAPM", "hours", "35 contact hours" },
};
static struct cat_req tc_pmp2[] = {
	{ "education", ">=", 0, "secondary", NULL, NULL, "a secondary diploma" },
	{ "pm_months", ">=", 60, NULL, NULL, "months", "60 months leading projects" },
	{ "pm_edu_hours", ">=", 35, NULL, "CAPM", "hours", "35 contact hours" },
};
static struct cat_path tc_pmp_paths[] = {
	{ 1, "with a four-year degree", "src", tc_pmp1, N(tc_pmp1) },
	{ 2, "with a secondary diploma", "src", tc_pmp2, N(tc_pmp2) },
};
static struct cat_domain_comp tc_pmp_people[] = {
	{ "leadership", 2 }, { "communication", 1 }, { "conflict_resolution", 1 },
};
static struct cat_domain_comp tc_pmp_process[] = {
	{ "scheduling", 2 }, { "budget", 1 }, { "risk", 1 }, { "scope", 1 },
};
static struct cat_domain_comp tc_pmp_business[] = { { "governance", 1 } };
static struct cat_domain tc_pmp_domains[] = {
	{ "people", "People", "src", 42, tc_pmp_people, N(tc_pmp_people) },
	{ "process", "Process", "src", 50, tc_pmp_process, N(tc_pmp_process) },
	{ "business", "Business", "src", 8, tc_pmp_business, N(tc_pmp_business) },
};
static struct cat_req tc_capm1[] = {
	{ "pm_edu_hours", ">=", 23, NULL, NULL, "hours", "23 contact hours" },
};
static struct cat_path tc_capm_paths[] = { { 1, "education", "src", tc_capm1, 1 } };
static struct cat_req tc_csm1[] = {
	{ "course", "done", 0, "two-day class", NULL, NULL, "the two-day CSM class" },
};
static struct cat_path tc_csm_paths[] = { { 1, "class", "src", tc_csm1, 1 } };
static struct cat_req tc_p2p1[] = {
	{ "certs_held", "has", 0, "PRINCE2-F", NULL, NULL, "PRINCE2 Foundation held" },
};
static struct cat_path tc_p2p_paths[] = { { 1, "after Foundation", "src", tc_p2p1, 1 } };

static struct cat_cert tc_certs[] = {
	{ "CAPM", "Certified Associate in PM", "PMI", "certification", "capm", "waterfall_pmo",
	  "entry", "s", NULL, 0, tc_capm_paths, 1, NULL, 0 },
	{ "PMP", "Project Management Professional", "PMI", "certification", "pmp",
	  "waterfall_pmo", "advanced", "s", NULL, 0, tc_pmp_paths, 2, tc_pmp_domains, 3 },
	{ "PSM1", "Professional Scrum Master I", "Scrum.org", "certification", "psm1", "agile",
	  "foundation", "s", NULL, 0, NULL, 0, NULL, 0 },
	{ "CSM", "Certified ScrumMaster", "Scrum Alliance", "certification", "csm", "agile",
	  "foundation", "s", NULL, 0, tc_csm_paths, 1, NULL, 0 },
	{ "PRINCE2-F", "PRINCE2 Foundation", "PeopleCert", "certification",
	  "prince2_foundation", "structured", "foundation", "s", NULL, 0, NULL, 0, NULL, 0 },
	{ "PRINCE2-P", "PRINCE2 Practitioner", "PeopleCert", "certification",
	  "prince2_practitioner", "structured", "practitioner", "s", NULL, 0, tc_p2p_paths, 1,
	  NULL, 0 },
	{ "GOOGLE-PM", "Google PM Certificate", "Google", "learning_route", NULL, "hybrid",
	  "entry", "s", NULL, 0, NULL, 0, NULL, 0 },
};

static char *tc_c_pmp[] = { "PMP" };
static char *tc_c_pmp_capm[] = { "PMP", "CAPM" };
static char *tc_c_capm[] = { "CAPM" };
static char *tc_c_scrum[] = { "PSM1", "CSM" };
static char *tc_c_psm[] = { "PSM1" };
static char *tc_c_csm[] = { "CSM" };
static char *tc_c_p2f[] = { "PRINCE2-F" };
static char *tc_c_p2p[] = { "PRINCE2-P" };
static char *tc_c_google[] = { "GOOGLE-PM" };

static struct cat_resource_contact tc_k_course35[] = {
	{ "CAPM", "pm_edu_hours", 35 }, { "PMP", "pm_edu_hours", 35 },
};
static struct cat_resource_contact tc_k_alt[] = { { "PMP", "pm_edu_hours", 35 } };
static struct cat_resource_contact tc_k_capm[] = { { "CAPM", "pm_edu_hours", 23 } };
static struct cat_resource_contact tc_k_csm[] = { { "CSM", "course", 16 } };
static struct cat_resource_contact tc_k_google[] = { { "CAPM", "pm_edu_hours", 140 } };

static struct cat_resource_comp tc_m_course35[] = { { "scheduling", 2 }, { "risk", 2 } };
static struct cat_resource_comp tc_m_risklog[] = { { "risk", 3 }, { "raid_log", 2 } };
static struct cat_resource_comp tc_m_sched[] = { { "scheduling", 3 }, { "gantt", 2 } };
static struct cat_resource_comp tc_m_status[] = { { "status_reporting", 2 },
						  { "communication", 2 } };
static struct cat_resource_comp tc_m_agile[] = { { "agile", 3 } };
static struct cat_resource_comp tc_m_lead[] = { { "leadership", 3 }, { "communication", 2 } };
static struct cat_resource_comp tc_m_budget[] = { { "budget", 3 } };

static char *tc_p_practice1[] = { "pmbok_read" };
static char *tc_p_practice2[] = { "pmp_practice1" };
static char *tc_p_sched[] = { "pmp_course35" };
static char *tc_p_p2p[] = { "prince2_f_course" };
static char *tc_p_status[] = { "otj_risk_log" };

static struct cat_resource tc_res[] = {
	{ "pmp_course35", "PM exam prep course, 35 hours", "course", "USD", "d", "src", 35,
	  300, 2000, tc_k_course35, 2, tc_m_course35, 2, tc_c_pmp_capm, 2, NULL, 0 },
	{ "pmp_course_alt", "Another 35-hour course", "course", "USD", "d", "src", 40, 500,
	  2500, tc_k_alt, 1, NULL, 0, tc_c_pmp, 1, NULL, 0 },
	{ "capm_course23", "CAPM course, 23 hours", "course", "USD", "d", "src", 23, 100, 400,
	  tc_k_capm, 1, NULL, 0, tc_c_capm, 1, NULL, 0 },
	{ "pmbok_read", "Read the standard and guide; take notes", "reading", "USD", "d", "src",
	  20, 0, 100, NULL, 0, NULL, 0, tc_c_pmp_capm, 2, NULL, 0 },
	{ "pmp_practice1", "Full-length practice exam 1", "practice_exam", "USD", "d", "src", 4,
	  0, 50, NULL, 0, NULL, 0, tc_c_pmp, 1, tc_p_practice1, 1 },
	{ "pmp_practice2", "Full-length practice exam 2", "practice_exam", "USD", "d", "src", 4,
	  0, 50, NULL, 0, NULL, 0, tc_c_pmp, 1, tc_p_practice2, 1 },
	{ "pmp_apply", "Write and submit the PMP application", "application", "USD", "d", "src",
	  3, 0, 0, NULL, 0, NULL, 0, tc_c_pmp, 1, NULL, 0 },
	{ "capm_apply", "Submit the CAPM application", "application", "USD", "d", "src", 2, 0,
	  0, NULL, 0, NULL, 0, tc_c_capm, 1, NULL, 0 },
	{ "otj_risk_log", "Keep a risk log for a change at work", "on_the_job", "USD", "d",
	  "src", 6, 0, 0, NULL, 0, tc_m_risklog, 2, NULL, 0, NULL, 0 },
	{ "otj_schedule", "Build and track a schedule for a real upgrade", "on_the_job", "USD",
	  "d", "src", 8, 0, 0, NULL, 0, tc_m_sched, 2, NULL, 0, tc_p_sched, 1 },
	{ "otj_status", "Write weekly status reports; the team's lead reviews",
	  "on_the_job", "USD", "d", "src", 4, 0, 0, NULL, 0, tc_m_status, 2, NULL, 0,
	  tc_p_status, 1 },
	{ "agile_intro", "Agile foundations course", "course", "USD", "d", "src", 12, 0, 200,
	  NULL, 0, tc_m_agile, 1, NULL, 0, NULL, 0 },
	{ "leadership_book", "Leadership reading, with notes", "reading", "USD", "d", "src",
	  10, 20, 40, NULL, 0, tc_m_lead, 2, NULL, 0, NULL, 0 },
	{ "budget_basics", "Project budgeting basics", "course", "EUR", "d", "src", 5, 50, 90,
	  NULL, 0, tc_m_budget, 1, NULL, 0, NULL, 0 },
	{ "scrum_guide", "Read the Scrum Guide twice", "reading", "USD", "d", "src", 3, 0, 0,
	  NULL, 0, tc_m_agile, 1, tc_c_scrum, 2, NULL, 0 },
	{ "psm_practice", "Open assessment, repeated", "practice_exam", "USD", "d", "src", 2,
	  0, 0, NULL, 0, NULL, 0, tc_c_psm, 1, NULL, 0 },
	{ "csm_class", "Two-day CSM class", "course", "USD", "d", "src", 16, 400, 1200,
	  tc_k_csm, 1, tc_m_agile, 1, tc_c_csm, 1, NULL, 0 },
	{ "prince2_f_course", "PRINCE2 Foundation course", "course", "GBP", "d", "src", 18,
	  500, 900, NULL, 0, NULL, 0, tc_c_p2f, 1, NULL, 0 },
	{ "prince2_p_course", "PRINCE2 Practitioner course", "course", "GBP", "d", "src", 20,
	  600, 1100, NULL, 0, NULL, 0, tc_c_p2p, 1, tc_p_p2p, 1 },
	{ "google_pm", "Google PM certificate courses", "course", "USD", "d", "src", 140, 0,
	  300, tc_k_google, 1, NULL, 0, tc_c_google, 1, NULL, 0 },
	{ "pmp_review_kit", "Formula and process review sheets", "review", "USD", "d", "src",
	  1.5, 0, 0, NULL, 0, NULL, 0, tc_c_capm, 1, NULL, 0 },
};

static struct cat_level_need tc_tpm_levels[] = { { "scheduling", 4 }, { "risk", 3 } };
static char *tc_tpm_certs[] = { "PMP", "CAPM" };
static char *tc_sm_certs[] = { "PSM1", "CSM" };
static struct cat_target_role tc_targets[] = {
	{ "technical_pm", "Technical project manager", "d", 1, 24, tc_tpm_levels, 2,
	  tc_tpm_certs, 2 },
	{ "scrum_master", "Scrum master", "d", 1, 12, NULL, 0, tc_sm_certs, 2 },
};

/* The test catalog (a fresh struct each call; arrays are shared). */
static inline struct catalog tc_catalog(void)
{
	struct catalog c = { 0 };
	c.edu = tc_edu;
	c.nedu = N(tc_edu);
	c.certs = tc_certs;
	c.ncerts = N(tc_certs);
	c.resources = tc_res;
	c.nresources = N(tc_res);
	c.targets = tc_targets;
	c.ntargets = N(tc_targets);
	return c;
}

#endif
