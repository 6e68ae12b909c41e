-- pmpath catalog schema: the core tables every module reads.
-- Files in data/catalog/ are executed in name order by build/mkcatalog
-- into build/catalog.db.  Modules that own further tables (lexicons,
-- scoring weights) create them in their own numbered file.
-- Conventions: ids are [a-z0-9_]+ ; dates are YYYY-MM-DD ; every fact
-- about a certification names a row of `source`.

PRAGMA foreign_keys = ON;

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,          -- 'data_version', 'data_date'
  value TEXT NOT NULL
);

-- Where a fact came from and when we checked it.
CREATE TABLE source (
  id        TEXT PRIMARY KEY,
  title     TEXT NOT NULL,
  publisher TEXT NOT NULL,
  url       TEXT,
  checked   TEXT NOT NULL CHECK (checked GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- PMI Talent Triangle areas: ways_of_working, power_skills, business_acumen.
CREATE TABLE area (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

-- Proficiency scale 0..5 (after the US OPM competency model):
-- 0 not needed, 1 awareness, 2 basic, 3 intermediate, 4 advanced, 5 expert.
CREATE TABLE level (
  level INTEGER PRIMARY KEY CHECK (level BETWEEN 0 AND 5),
  name  TEXT NOT NULL,
  description TEXT NOT NULL
);

CREATE TABLE competency (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  area        TEXT NOT NULL REFERENCES area(id),
  grp         TEXT NOT NULL CHECK (grp IN ('self_audit','transferable','people','ways_of_working','tools')),
  description TEXT NOT NULL,     -- our own words
  pm_phrase   TEXT NOT NULL,     -- how a PM would name the strength, for reports
  sort        INTEGER NOT NULL
);

-- Behavioural anchors, one per level 1..5, described by the difficulty of
-- the situation and the guidance needed.
CREATE TABLE anchor (
  competency TEXT NOT NULL REFERENCES competency(id),
  level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  text       TEXT NOT NULL,
  PRIMARY KEY (competency, level)
);

-- Education values of the canonical `education` question, ranked.
CREATE TABLE education_level (
  value TEXT PRIMARY KEY,           -- secondary, associate, bachelor, master, doctorate
  rank  INTEGER NOT NULL UNIQUE,    -- 1..5
  label TEXT NOT NULL
);

CREATE TABLE cert (
  code        TEXT PRIMARY KEY,     -- CAPM, PMP, PMI-ACP, PRINCE2-F, PRINCE2-P, PSM1, CSM, PROJECT+, GOOGLE-PM
  name        TEXT NOT NULL,
  body        TEXT NOT NULL,        -- issuing body
  kind        TEXT NOT NULL CHECK (kind IN ('certification','learning_route')),
  answer_value TEXT,                -- value in the certs_held question (capm, pmp, ...), NULL if none
  environment TEXT NOT NULL,        -- comma list of waterfall_pmo, agile, hybrid, structured
  level       TEXT NOT NULL CHECK (level IN ('entry','foundation','practitioner','advanced')),
  summary     TEXT NOT NULL,        -- who it suits, our words
  sort        INTEGER NOT NULL
);

-- Every other fact about a certification, each with its source.
-- key: exam_questions, exam_minutes, passing, exam_delivery, renewal,
--      fee_member, fee_nonmember, fee, validity, application, ...
-- Where sources disagree, add one row per source and explain in `note`.
CREATE TABLE cert_fact (
  cert   TEXT NOT NULL REFERENCES cert(code),
  key    TEXT NOT NULL,
  value  TEXT NOT NULL,
  source TEXT NOT NULL REFERENCES source(id),
  note   TEXT
);

-- Eligibility: a cert is eligible when ALL requirements of ANY one path hold.
-- A cert with no path has no prerequisites.
CREATE TABLE elig_path (
  cert   TEXT NOT NULL REFERENCES cert(code),
  path   INTEGER NOT NULL,
  label  TEXT NOT NULL,             -- "with a four-year degree"
  source TEXT NOT NULL REFERENCES source(id),
  PRIMARY KEY (cert, path)
);

-- One requirement.  fact names a canonical question id:
--   pm_months, pm_edu_hours, agile_months, agile_edu_hours (numeric, op '>=')
--   education (op '>=', need_text an education_level value, compared by rank)
--   certs_held (op 'has', need_text a cert code that must be held)
--   course (op 'done', need_text describes a mandatory course, e.g. CSM's
--           two-day class; the user confirms it in the course_done answer)
-- alt_cert: a cert code whose holding also satisfies the requirement
--   ("an active CAPM replaces the 35 hours").
-- text: the requirement in plain words, used in `missing` ("35 contact
--   hours of project management education").
CREATE TABLE elig_req (
  cert      TEXT NOT NULL,
  path      INTEGER NOT NULL,
  seq       INTEGER NOT NULL,
  fact      TEXT NOT NULL CHECK (fact IN ('pm_months','pm_edu_hours','agile_months','agile_edu_hours','education','certs_held','course')),
  op        TEXT NOT NULL CHECK (op IN ('>=','has','done')),
  need_num  REAL,
  need_text TEXT,
  alt_cert  TEXT REFERENCES cert(code),
  unit      TEXT,                   -- 'months', 'hours' for messages
  text      TEXT NOT NULL,
  PRIMARY KEY (cert, path, seq),
  FOREIGN KEY (cert, path) REFERENCES elig_path(cert, path)
);

-- Exam domains with weights in percent (sum to 100 per cert).
CREATE TABLE cert_domain (
  cert   TEXT NOT NULL REFERENCES cert(code),
  id     TEXT NOT NULL,
  name   TEXT NOT NULL,
  weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
  source TEXT NOT NULL REFERENCES source(id),
  PRIMARY KEY (cert, id)
);

-- Which competencies a domain draws on, with relative weights (any
-- positive numbers; normalised per domain).
CREATE TABLE domain_competency (
  cert       TEXT NOT NULL,
  domain     TEXT NOT NULL,
  competency TEXT NOT NULL REFERENCES competency(id),
  weight     REAL NOT NULL CHECK (weight > 0),
  PRIMARY KEY (cert, domain, competency),
  FOREIGN KEY (cert, domain) REFERENCES cert_domain(cert, id)
);

-- IT roles of the canonical `role` question.
CREATE TABLE it_role (
  id          TEXT PRIMARY KEY,     -- sysadmin, network, developer, qa, devops, dba, security, support_lead, business_analyst, other
  name        TEXT NOT NULL,
  description TEXT NOT NULL
);
-- Strengths an IT role typically brings (level it usually reaches).
CREATE TABLE it_role_strength (
  role       TEXT NOT NULL REFERENCES it_role(id),
  competency TEXT NOT NULL REFERENCES competency(id),
  level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  PRIMARY KEY (role, competency)
);
-- Everyday tasks of the role that are already project work.
CREATE TABLE it_role_task (
  role       TEXT NOT NULL REFERENCES it_role(id),
  task       TEXT NOT NULL,
  pm_framing TEXT NOT NULL,         -- the same task in PM words
  competency TEXT NOT NULL REFERENCES competency(id)
);

-- Target roles of the canonical `target_role` question (plus stepping
-- stones that are not in the question, e.g. operations_lead).
CREATE TABLE target_role (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  description TEXT NOT NULL,
  in_question INTEGER NOT NULL CHECK (in_question IN (0,1)),
  min_pm_months INTEGER NOT NULL,   -- typical leadership experience asked for
  sort        INTEGER NOT NULL
);
-- Level needed per competency (0..5).
CREATE TABLE target_role_level (
  role       TEXT NOT NULL REFERENCES target_role(id),
  competency TEXT NOT NULL REFERENCES competency(id),
  level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
  PRIMARY KEY (role, competency)
);
-- Stepping stones: from one role toward another, with why.
CREATE TABLE target_role_step (
  from_role TEXT NOT NULL REFERENCES target_role(id),
  to_role   TEXT NOT NULL REFERENCES target_role(id),
  note      TEXT NOT NULL,
  PRIMARY KEY (from_role, to_role)
);
-- Common mistakes of IT people moving into project management, warned
-- about in the gap analysis when the answers point to them: high_comp
-- scores at least warn_high_score (NULL: no such condition) and low_comp
-- at most warn_low_score, both rated (src/core/recommend.c).
CREATE TABLE pitfall (
  id        TEXT PRIMARY KEY,
  high_comp TEXT REFERENCES competency(id),
  low_comp  TEXT NOT NULL REFERENCES competency(id),
  text      TEXT NOT NULL,
  sort      INTEGER NOT NULL
);
-- Certifications that suit a target role, best first.
CREATE TABLE target_role_cert (
  role TEXT NOT NULL REFERENCES target_role(id),
  cert TEXT NOT NULL REFERENCES cert(code),
  rank INTEGER NOT NULL,
  PRIMARY KEY (role, cert)
);

-- Learning items: courses, reading, practice exams, on-the-job steps.
CREATE TABLE resource (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('course','reading','practice_exam','on_the_job','application','review')),
  hours       REAL NOT NULL CHECK (hours > 0),
  cost_low    INTEGER NOT NULL,     -- typical cost range, in `currency`
  cost_high   INTEGER NOT NULL,
  currency    TEXT NOT NULL,
  description TEXT NOT NULL,
  source      TEXT REFERENCES source(id),
  sort        INTEGER NOT NULL
);
-- Contact hours an item counts for, per certification.
CREATE TABLE resource_contact (
  resource TEXT NOT NULL REFERENCES resource(id),
  cert     TEXT NOT NULL REFERENCES cert(code),
  hours    REAL NOT NULL CHECK (hours > 0),
  fact     TEXT NOT NULL CHECK (fact IN ('pm_edu_hours','agile_edu_hours','course')),
  PRIMARY KEY (resource, cert)
);
-- Competencies an item builds (strength 1..3).
CREATE TABLE resource_competency (
  resource   TEXT NOT NULL REFERENCES resource(id),
  competency TEXT NOT NULL REFERENCES competency(id),
  strength   INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3),
  PRIMARY KEY (resource, competency)
);
-- Certifications an item prepares for.
CREATE TABLE resource_cert (
  resource TEXT NOT NULL REFERENCES resource(id),
  cert     TEXT NOT NULL REFERENCES cert(code),
  PRIMARY KEY (resource, cert)
);
CREATE TABLE resource_prereq (
  resource TEXT NOT NULL REFERENCES resource(id),
  requires TEXT NOT NULL REFERENCES resource(id),
  PRIMARY KEY (resource, requires)
);

-- Scoring weights and thresholds, read by src/core/score.c, elig.c and
-- recommend.c by name (filled in 70-scoring.sql).  No weight lives in code.
CREATE TABLE score_weight (
  name  TEXT PRIMARY KEY,
  value REAL NOT NULL,
  note  TEXT NOT NULL               -- what it does and why this value
);
