-- Roles: the IT roles people come from (with the strengths those roles
-- usually build and the everyday tasks that already are project work),
-- and the target roles they move toward (levels needed, suitable
-- certifications, stepping stones).  Typical levels are our judgement of
-- what the role usually reaches, not a measurement; the assessment
-- replaces them with the person's own answers and evidence.

INSERT INTO it_role(id, name, description) VALUES
  ('sysadmin', 'System administrator',
   'Keeps servers, operating systems and core services running; plans patches, upgrades and migrations.'),
  ('network', 'Network engineer',
   'Designs and runs networks; plans cutovers, site roll-outs and capacity changes with tight maintenance windows.'),
  ('developer', 'Software developer',
   'Builds and changes software; estimates work, breaks features into tasks and ships releases.'),
  ('qa', 'QA / test engineer',
   'Plans and runs testing, tracks defects and decides with others whether a release is ready.'),
  ('devops', 'DevOps / platform engineer',
   'Automates build, release and infrastructure; coordinates releases across teams and environments.'),
  ('dba', 'Database administrator',
   'Runs databases, plans upgrades, migrations and recovery tests, and guards data integrity.'),
  ('security', 'Security analyst',
   'Assesses and reduces security risk, runs audits and remediation campaigns, and handles incidents.'),
  ('support_lead', 'Support / service desk lead',
   'Leads a support team, manages escalations and service levels, and speaks for users.'),
  ('business_analyst', 'Business analyst',
   'Elicits and documents requirements, models processes and bridges business and technical teams.'),
  ('other', 'Other IT role',
   'Any other technical role; the strengths below are the ones most IT work builds.');

INSERT INTO it_role_strength(role, competency, level) VALUES
  ('sysadmin', 'troubleshooting', 4), ('sysadmin', 'documentation_discipline', 3),
  ('sysadmin', 'change_control', 3), ('sysadmin', 'attention_to_detail', 3),
  ('sysadmin', 'risk', 3), ('sysadmin', 'prioritization', 3),
  ('sysadmin', 'vendor_management', 2), ('sysadmin', 'scheduling', 2),
  ('network', 'troubleshooting', 4), ('network', 'change_control', 4),
  ('network', 'risk', 3), ('network', 'coordination', 3),
  ('network', 'attention_to_detail', 4), ('network', 'vendor_management', 3),
  ('network', 'scheduling', 2),
  ('developer', 'analytical_thinking', 4), ('developer', 'troubleshooting', 4),
  ('developer', 'agile', 3), ('developer', 'sdlc', 4),
  ('developer', 'wbs', 2), ('developer', 'quality', 3),
  ('developer', 'scheduling', 2),
  ('qa', 'attention_to_detail', 4), ('qa', 'quality', 4),
  ('qa', 'risk', 3), ('qa', 'sdlc', 3),
  ('qa', 'documentation_discipline', 3), ('qa', 'status_reporting', 2),
  ('qa', 'analytical_thinking', 3),
  ('devops', 'coordination', 3), ('devops', 'sdlc', 4),
  ('devops', 'change_control', 3), ('devops', 'troubleshooting', 4),
  ('devops', 'agile', 3), ('devops', 'risk', 3),
  ('devops', 'quality', 3),
  ('dba', 'attention_to_detail', 4), ('dba', 'risk', 3),
  ('dba', 'troubleshooting', 4), ('dba', 'change_control', 3),
  ('dba', 'documentation_discipline', 3), ('dba', 'scheduling', 2),
  ('security', 'risk', 4), ('security', 'governance', 3),
  ('security', 'analytical_thinking', 3), ('security', 'attention_to_detail', 4),
  ('security', 'documentation_discipline', 3), ('security', 'communication', 2),
  ('support_lead', 'prioritization', 4), ('support_lead', 'communication', 3),
  ('support_lead', 'stakeholders', 3), ('support_lead', 'conflict_resolution', 3),
  ('support_lead', 'leadership', 3), ('support_lead', 'delegation', 3),
  ('support_lead', 'status_reporting', 3), ('support_lead', 'vendor_management', 2),
  ('business_analyst', 'stakeholders', 4), ('business_analyst', 'scope', 3),
  ('business_analyst', 'analytical_thinking', 4), ('business_analyst', 'facilitation', 3),
  ('business_analyst', 'communication', 4), ('business_analyst', 'documentation_discipline', 4),
  ('business_analyst', 'stakeholder_register', 2), ('business_analyst', 'prioritization', 3),
  ('other', 'troubleshooting', 3), ('other', 'analytical_thinking', 3),
  ('other', 'documentation_discipline', 2), ('other', 'prioritization', 2),
  ('other', 'attention_to_detail', 3);

INSERT INTO it_role_task(role, task, pm_framing, competency) VALUES
  ('sysadmin', 'Upgraded the operating system on a group of servers',
   'Planned and delivered a phased upgrade with a schedule, rollback plan and user notices', 'scheduling'),
  ('sysadmin', 'Applied monthly patches in a maintenance window',
   'Ran a recurring change through approval, risk review and post-change checks', 'change_control'),
  ('sysadmin', 'Moved services to new hardware or the cloud',
   'Managed a migration project: scope, cutover plan, dependencies and acceptance', 'scope'),
  ('sysadmin', 'Dealt with the hardware vendor for replacements and renewals',
   'Managed a supplier against service terms and renewal dates', 'vendor_management'),
  ('network', 'Rolled out new switches or Wi-Fi to an office',
   'Led a site roll-out: work packages, schedule, site contacts and hand-over', 'wbs'),
  ('network', 'Scheduled a core network cutover at night',
   'Planned a high-risk cutover with a go/no-go decision, risk responses and a back-out plan', 'risk'),
  ('network', 'Coordinated with the carrier for a circuit install',
   'Coordinated an external supplier''s milestones with internal teams', 'coordination'),
  ('developer', 'Split a feature into tickets and estimated them',
   'Decomposed scope into estimable work items and built the delivery plan', 'wbs'),
  ('developer', 'Took part in sprint planning and reviews',
   'Worked in an iterative delivery cycle with backlog prioritisation and stakeholder demos', 'agile'),
  ('developer', 'Shipped a release across environments',
   'Managed a release through the life cycle with quality gates and sign-off', 'sdlc'),
  ('developer', 'Investigated a production bug and fixed it',
   'Led root-cause analysis and resolution of a production issue', 'troubleshooting'),
  ('qa', 'Wrote the test plan for a release',
   'Defined the quality plan and acceptance criteria for a deliverable', 'quality'),
  ('qa', 'Tracked defects and reported test progress',
   'Reported quality status and risks to the release decision makers', 'status_reporting'),
  ('qa', 'Said whether a release was ready to ship',
   'Advised the go/no-go decision with evidence on residual risk', 'risk'),
  ('devops', 'Built a deployment pipeline for several teams',
   'Delivered a shared platform project with several stakeholder teams and a phased adoption plan', 'coordination'),
  ('devops', 'Coordinated a release with other teams',
   'Managed cross-team release dependencies, timing and communication', 'coordination'),
  ('devops', 'Ran the post-incident review after an outage',
   'Facilitated a lessons-learned review and tracked improvement actions to closure', 'facilitation'),
  ('dba', 'Upgraded the database version',
   'Planned and delivered a version upgrade with testing, a cutover window and a recovery plan', 'scheduling'),
  ('dba', 'Migrated data to a new platform',
   'Ran a data-migration project with scope, validation criteria and stakeholder sign-off', 'scope'),
  ('dba', 'Ran a restore test',
   'Verified continuity controls and documented the results for audit', 'governance'),
  ('security', 'Ran a vulnerability remediation campaign',
   'Led a remediation programme across system owners with priorities, deadlines and progress reporting', 'prioritization'),
  ('security', 'Prepared evidence for an audit',
   'Coordinated compliance evidence across teams to an audit deadline', 'governance'),
  ('security', 'Assessed the risk of a new system',
   'Performed a risk assessment and agreed treatments with the business owner', 'risk'),
  ('support_lead', 'Ran the team rota and handled escalations',
   'Allocated resources to demand and managed escalations against service levels', 'delegation'),
  ('support_lead', 'Reported service-level figures to management',
   'Produced regular performance reports with trends and actions', 'status_reporting'),
  ('support_lead', 'Introduced a new ticketing tool',
   'Led a tool adoption project: requirements, vendor, training and go-live', 'vendor_management'),
  ('support_lead', 'Calmed an unhappy customer after an outage',
   'Managed stakeholder expectations and communication during a service incident', 'communication'),
  ('business_analyst', 'Ran requirement workshops',
   'Facilitated stakeholder workshops to agree scope and priorities', 'facilitation'),
  ('business_analyst', 'Wrote the requirements document',
   'Defined and baselined scope with acceptance criteria and traceability', 'scope'),
  ('business_analyst', 'Mapped who cares about the change',
   'Built the stakeholder analysis and engagement approach', 'stakeholder_register'),
  ('other', 'Took ownership of a recurring problem until it was solved',
   'Drove an improvement initiative from problem statement to verified result', 'troubleshooting'),
  ('other', 'Wrote how-to guides for colleagues',
   'Created knowledge-transfer documentation that reduced dependence on individuals', 'documentation_discipline'),
  ('other', 'Organised work with another team for a shared change',
   'Coordinated a cross-team change with agreed hand-offs and dates', 'coordination');

INSERT INTO target_role(id, name, description, in_question, min_pm_months, sort) VALUES
  ('project_coordinator', 'Project coordinator',
   'Supports a project manager: keeps plans, logs and meeting notes current, chases actions and prepares reports. The usual first step into project work.',
   1, 0, 1),
  ('it_pm', 'IT project manager',
   'Leads IT projects end to end: scope, schedule, budget, risk, people and stakeholders.',
   1, 36, 2),
  ('technical_pm', 'Technical project manager',
   'Leads technically complex projects where deep system knowledge matters, often in engineering or product teams.',
   1, 24, 3),
  ('scrum_master', 'Scrum Master',
   'Serves one or more agile teams: facilitates the Scrum events, removes impediments and coaches the team and organisation.',
   1, 12, 4),
  ('implementation_manager', 'Implementation manager',
   'Leads the roll-out of a product or system to customers or sites: plans go-lives, coordinates vendors and trains users.',
   1, 24, 5),
  ('program_manager', 'Program manager',
   'Steers several related projects toward shared business benefits, managing dependencies, budgets and senior stakeholders.',
   1, 84, 6),
  ('operations_lead', 'Operations / team lead',
   'Leads an operations or support team and runs its improvement work; a stepping stone that builds leadership and reporting before a PM role.',
   0, 0, 7);

-- Level needed per competency, one digit per competency in `sort` order,
-- grouped as in COMPETENCIES.md (spaces are ignored):
--   self_audit:      scheduling budget stakeholders risk scope reporting
--   transferable:    analytical troubleshooting prioritization detail documentation coordination
--   people:          leadership communication conflict negotiation delegation facilitation adaptability strategic
--   ways_of_working: predictive agile hybrid sdlc change_control quality vendor governance
--   tools:           wbs gantt raid_log stakeholder_register status_reporting
-- The CHECK catches a missing or extra digit (33 competencies, levels 0..5).
CREATE TEMP TABLE role_levels (
  role   TEXT PRIMARY KEY,
  digits TEXT NOT NULL
    CHECK (length(replace(digits, ' ', '')) = 33
           AND replace(digits, ' ', '') NOT GLOB '*[^0-5]*')
);
INSERT INTO role_levels(role, digits) VALUES
  ('project_coordinator',    '222223 223333 23221231 22122212 23323'),
  ('it_pm',                  '434443 334334 44333333 33333333 33334'),
  ('technical_pm',           '433443 444334 34333333 33344333 33333'),
  ('scrum_master',           '213322 333223 34432442 14232312 11222'),
  ('implementation_manager', '424343 343434 34333332 32333333 33333'),
  ('program_manager',        '455544 435335 55454445 43434445 33445'),
  ('operations_lead',        '323323 344343 33323232 22234333 22223');

INSERT INTO target_role_level(role, competency, level)
  SELECT r.role, c.id, CAST(substr(replace(r.digits, ' ', ''), c.sort, 1) AS INTEGER)
  FROM role_levels r CROSS JOIN competency c
  ORDER BY r.role, c.sort;

DROP TABLE role_levels;

INSERT INTO target_role_cert(role, cert, rank) VALUES
  ('project_coordinator', 'CAPM', 1), ('project_coordinator', 'PROJECT+', 2),
  ('project_coordinator', 'GOOGLE-PM', 3), ('project_coordinator', 'PRINCE2-F', 4),
  ('it_pm', 'PMP', 1), ('it_pm', 'PROJECT+', 2), ('it_pm', 'PRINCE2-P', 3), ('it_pm', 'CAPM', 4),
  ('technical_pm', 'PMP', 1), ('technical_pm', 'PMI-ACP', 2), ('technical_pm', 'PROJECT+', 3),
  ('technical_pm', 'PSM1', 4),
  ('scrum_master', 'PSM1', 1), ('scrum_master', 'CSM', 2), ('scrum_master', 'PMI-ACP', 3),
  ('implementation_manager', 'PMP', 1), ('implementation_manager', 'PROJECT+', 2),
  ('implementation_manager', 'PRINCE2-F', 3), ('implementation_manager', 'CAPM', 4),
  ('program_manager', 'PMP', 1), ('program_manager', 'PMI-ACP', 2), ('program_manager', 'PRINCE2-P', 3),
  ('operations_lead', 'PROJECT+', 1), ('operations_lead', 'CAPM', 2), ('operations_lead', 'PRINCE2-F', 3);

INSERT INTO target_role_step(from_role, to_role, note) VALUES
  ('operations_lead', 'project_coordinator',
   'Running improvement work in operations gives the planning and reporting habits a coordinator role expects.'),
  ('operations_lead', 'it_pm',
   'Leading a team and its improvement projects counts as leading projects once the work is run with a plan, budget and reporting.'),
  ('project_coordinator', 'it_pm',
   'Coordinators see every part of project management up close; taking ownership of smaller projects builds the months a PMP needs.'),
  ('project_coordinator', 'implementation_manager',
   'Coordinating go-lives and user training is most of an implementation manager''s day.'),
  ('implementation_manager', 'technical_pm',
   'Repeated roll-outs build the cross-team coordination and technical judgement technical PMs are hired for.'),
  ('scrum_master', 'technical_pm',
   'Serving teams builds facilitation and delivery judgement; adding scope, budget and stakeholder ownership turns it into project leadership.'),
  ('technical_pm', 'program_manager',
   'Leading several dependent technical projects is the usual route to steering a programme.'),
  ('it_pm', 'program_manager',
   'Experienced project managers move up by owning benefits across several related projects.');

-- Pitfalls: the common mistakes of IT people moving into project
-- management (trying to solve every technical problem yourself, details
-- over outcomes, jargon with non-technical people, ...), each with the
-- answers that point to it.  Thresholds: warn_high_score, warn_low_score.
INSERT INTO pitfall(id, high_comp, low_comp, text, sort) VALUES
  ('solve_it_yourself', 'troubleshooting', 'delegation',
   'Trying to solve every technical problem yourself: a project manager gets problems solved through the team. Practise handing work over and following up instead of fixing it.', 1),
  ('details_over_outcomes', 'attention_to_detail', 'strategic_thinking',
   'Details over outcomes: polishing the parts while losing sight of why the project exists. Start each week from the goal and the benefit, then the tasks.', 2),
  ('jargon', NULL, 'communication',
   'Jargon with non-technical people: sponsors and users need the impact in their words (time, money, risk), not the technical detail.', 3),
  ('technical_puzzle', 'analytical_thinking', 'stakeholders',
   'Treating the project as a technical puzzle: the people it affects decide whether it succeeds. Map them and talk to them early.', 4),
  ('yes_to_everything', 'coordination', 'negotiation',
   'Saying yes to every request: without negotiating scope, dates and resources the plan absorbs everything and slips.', 5),
  ('avoiding_conflict', NULL, 'conflict_resolution',
   'Avoiding difficult conversations: disagreements left alone come back as delays. Raise them early and in the open.', 6);
