-- 60-lexicon.sql - the resume-bullet lexicon read by src/io/lexicon_db.c
-- into struct lexicon (include/pmpath/rewrite.h) and interpreted by
-- src/core/rewrite.c.  Every word list and every rewrite pattern lives
-- here, so changing how bullets are judged or rephrased is a data change.
--
-- Words and phrases are stored lower case; phrases are matched token by
-- token (a token is a run of non-blank characters with surrounding
-- punctuation removed), a plural "s"/"es"/"ies" on a bullet's word is
-- tolerated.  Competency ids are the fixed ids of COMPETENCIES.md (the
-- unit test tests/unit/test_rewrite.c checks every one).

-- Openers and phrases that describe a duty instead of an action.
-- `hint` is the plain-words advice shown after the problem.
-- `replacement` stands in for the phrase when it appears inside the text a
-- rewrite keeps ("... and helped with backups" -> "... and supported
-- backups"); it is never itself a weak phrase ('' drops the phrase).
-- `lead`, for openers that only say the user took part ("helped with",
-- "participated in"): the honest verb phrase every rewrite of such a bullet
-- starts with, followed by what the bullet is about.  The templates' own
-- verbs (Led, Coordinated, Delivered) would claim the user ran the work,
-- which the bullet does not say.  '' lets the templates choose the verb
-- (a duty such as "responsible for" is fair to phrase as coordination).
CREATE TABLE lex_weak_phrase (
  phrase      TEXT PRIMARY KEY,
  hint        TEXT NOT NULL,
  replacement TEXT NOT NULL,
  lead        TEXT NOT NULL DEFAULT ''
);

-- Passive voice: an auxiliary followed by a participle (participles are
-- the verb table's past/participle forms plus the irregular ones here).
CREATE TABLE lex_passive_marker (
  word TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('aux','participle'))
);

-- Buzzwords that tell a reader nothing they can check.
CREATE TABLE lex_buzzword (
  phrase TEXT PRIMARY KEY,
  hint   TEXT NOT NULL
);

-- What a group of strong verbs shows, and the competency it evidences.
-- Group 'task' holds action verbs that describe hands-on work (fine, but
-- not project language); 'weak' holds verbs that say nothing of the
-- user's part (they also appear as weak phrases).
CREATE TABLE lex_verb_group (
  id         TEXT PRIMARY KEY,
  shows      TEXT NOT NULL,
  strong     INTEGER NOT NULL CHECK (strong IN (0,1)),
  competency TEXT                  -- NULL: evidences nothing by itself
);

-- Verbs in every form the analyser meets.  participle NULL = past.
-- noun: the action as a noun ("migrate" -> "migration"), used to turn
-- "helped with migrating X" into "the migration of X"; '' marks a light
-- verb ("performed backups": the object alone carries the meaning);
-- NULL: no usable noun (only strong verbs, which are kept as verbs).
-- particle: for phrasal verbs ("set up", "roll out").
CREATE TABLE lex_verb (
  base       TEXT NOT NULL,
  particle   TEXT NOT NULL DEFAULT '',
  past       TEXT NOT NULL,
  participle TEXT,
  third      TEXT NOT NULL,
  gerund     TEXT NOT NULL,
  noun       TEXT,
  grp        TEXT NOT NULL REFERENCES lex_verb_group(id),
  PRIMARY KEY (base, particle)
);

-- Activity classes of IT work, and the competencies the work evidences.
CREATE TABLE lex_activity (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sort INTEGER NOT NULL
);
CREATE TABLE lex_activity_competency (
  activity   TEXT NOT NULL REFERENCES lex_activity(id),
  competency TEXT NOT NULL,
  sort       INTEGER NOT NULL,
  PRIMARY KEY (activity, competency)
);
-- IT activity words: a word or phrase points to its class; weight breaks
-- ties when a bullet names several (the class with the highest total
-- wins, then the one named first).
CREATE TABLE lex_activity_term (
  term     TEXT PRIMARY KEY,
  activity TEXT NOT NULL REFERENCES lex_activity(id),
  weight   INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 9)
);

-- Technical terms a hiring manager outside IT may not follow, with a
-- plainer gloss.  Matched case-insensitively as whole tokens.
CREATE TABLE lex_jargon (
  term  TEXT PRIMARY KEY,
  gloss TEXT NOT NULL
);

-- Project-management keywords recruiters and job ads use, each mapped to
-- the competency a bullet must evidence to "have" the keyword.
CREATE TABLE lex_pm_keyword (
  keyword    TEXT PRIMARY KEY,
  competency TEXT NOT NULL
);

-- Words that, after a number, say what the number counts:
--   scope: how many of something (users, teams, servers)
--   time:  how long (weeks, months)
--   money: a sum (k, million, usd)
-- kind 'scope_word' needs no number ("company-wide").
CREATE TABLE lex_unit (
  word TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('scope','time','money','scope_word'))
);

-- Words and phrases that announce a result; with a number anywhere in the
-- bullet (or alone, for 'on schedule' kinds: standalone = 1) they make
-- the result measurable.
CREATE TABLE lex_result_word (
  phrase     TEXT PRIMARY KEY,
  standalone INTEGER NOT NULL CHECK (standalone IN (0,1))
);

-- Small closed word classes:
--   det      determiners and quantity words that may follow a verb
--   prep     prepositions that end a weak phrase ("worked on")
--   pronoun  first-person pronouns a bullet should not start with
--   en       common English words (language check)
--   foreign  common words of other languages (language check)
CREATE TABLE lex_word_class (
  word  TEXT NOT NULL,
  class TEXT NOT NULL CHECK (class IN ('det','prep','pronoun','en','foreign')),
  PRIMARY KEY (word, class)
);

-- Rewrite patterns, 2-3 per activity class, best first (rank 1).
-- A template is plain text with:
--   {object}       the thing the bullet is about, taken from the bullet
--                  itself (every number and name kept);
--   [N] [X]% [$X]  placeholders the user fills (a count, a percentage, a
--                  sum); any other [words] is a placeholder for text;
--   {s|TEXT}       an optional scope segment: left out when the bullet
--                  already gives a number of the same unit ("300 users"
--                  drops "{s| for [N] users}"; any duration drops every
--                  time segment; any sum drops every [$X] segment);
--   {r|TEXT}       an optional result segment: left out when the bullet
--                  already has a measurable result.
-- A template whose fixed text would duplicate what the bullet gives is
-- skipped.  The first word is a strong verb of lex_verb; templates hold
-- no digit outside brackets and claim nothing without a placeholder.
CREATE TABLE lex_template (
  activity TEXT NOT NULL REFERENCES lex_activity(id),
  rank     INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 3),
  template TEXT NOT NULL CHECK (instr(template, '{object}') > 0),
  PRIMARY KEY (activity, rank)
);

INSERT INTO lex_weak_phrase(phrase, hint, replacement, lead) VALUES
  ('responsible for', 'describes a duty, not what you did', 'accountable for', ''),
  ('was responsible for', 'describes a duty, not what you did', 'owned', ''),
  ('were responsible for', 'describes a duty, not what you did', 'owned', ''),
  ('in charge of', 'describes a post, not what you did', 'leading', ''),
  ('duties included', 'lists duties instead of results', 'including', ''),
  ('duties include', 'lists duties instead of results', 'including', ''),
  ('tasks included', 'lists duties instead of results', 'including', ''),
  ('helped with', 'hides your own part', 'supported', 'Supported'),
  ('helped to', 'hides your own part', 'worked to', 'Supported'),
  ('helped', 'hides your own part', 'supported', 'Supported'),
  ('help with', 'hides your own part', 'support', 'Supported'),
  ('helping with', 'hides your own part', 'supporting', 'Supported'),
  ('assisting with', 'hides your own part', 'supporting', 'Supported'),
  ('assisted with', 'hides your own part', 'supported', 'Supported'),
  ('assisted in', 'hides your own part', 'supported', 'Supported'),
  ('assisted', 'hides your own part', 'supported', 'Supported'),
  ('worked on', 'says you were there, not what you achieved', 'delivered work on', 'Supported'),
  ('worked with', 'says you were there, not what you achieved', 'partnered with', 'Partnered with'),
  ('worked in', 'says you were there, not what you achieved', 'served in', 'Served in'),
  ('worked closely with', 'says you were there, not what you achieved', 'partnered closely with', 'Partnered closely with'),
  ('working on', 'says you were there, not what you achieved', 'delivering work on', 'Supported'),
  ('participated in', 'says you were there, not what you achieved', 'joined', 'Collaborated on'),
  ('took part in', 'says you were there, not what you achieved', 'joined', 'Collaborated on'),
  ('involved in', 'says you were there, not what you achieved', 'engaged in', 'Collaborated on'),
  ('was involved in', 'says you were there, not what you achieved', 'engaged in', 'Collaborated on'),
  ('was part of', 'says you were there, not what you achieved', 'served on', 'Served on'),
  ('played a role in', 'says you were there, not what you achieved', 'supported', 'Supported'),
  ('contributed to', 'hides your own part', 'supported', 'Supported'),
  ('handled', 'vague: say how you organised the work', 'managed', ''),
  ('handling', 'vague: say how you organised the work', 'managing', ''),
  ('tasked with', 'describes an assignment, not what you did', 'charged with', ''),
  ('dealt with', 'vague: say how you organised the work', 'addressed', ''),
  ('looked after', 'vague: say how you organised the work', 'maintained', ''),
  ('took care of', 'vague: say how you organised the work', 'maintained', ''),
  ('did', 'vague: say how you organised the work', 'performed', ''),
  ('various', 'vague: name the things', 'multiple', ''),
  ('etc', 'vague: name the things', 'and more', ''),
  ('was in charge of', 'describes a post, not what you did', 'led', ''),
  ('were in charge of', 'describes a post, not what you did', 'led', ''),
  ('was on call for', 'describes a rota, not what you did', 'provided on-call cover for', 'Provided on-call cover for');

INSERT INTO lex_passive_marker(word, kind) VALUES
  ('was','aux'), ('were','aux'), ('been','aux'), ('being','aux'),
  ('is','aux'), ('are','aux'), ('got','aux'), ('get','aux'),
  ('done','participle'), ('made','participle'), ('given','participle'),
  ('taken','participle'), ('kept','participle'), ('brought','participle'),
  ('held','participle'), ('found','participle'), ('sent','participle'),
  ('put','participle'), ('chosen','participle'), ('shown','participle'),
  ('known','participle'), ('seen','participle'), ('told','participle');

INSERT INTO lex_buzzword(phrase, hint) VALUES
  ('synergy', 'say which teams worked together and what it produced'),
  ('synergies', 'say which teams worked together and what it produced'),
  ('go-getter', 'show it with a result instead'),
  ('results-driven', 'show a result instead'),
  ('results-oriented', 'show a result instead'),
  ('detail-oriented', 'show it with an example instead'),
  ('team player', 'say whom you worked with and what came of it'),
  ('self-starter', 'show something you started'),
  ('hard-working', 'show the result of the work'),
  ('hardworking', 'show the result of the work'),
  ('dynamic', 'show it with a result instead'),
  ('proactive', 'show what you anticipated'),
  ('passionate', 'show it with a result instead'),
  ('rockstar', 'show it with a result instead'),
  ('ninja', 'show it with a result instead'),
  ('guru', 'show it with a result instead'),
  ('think outside the box', 'name the idea and what it changed'),
  ('best-in-class', 'compare with a number instead'),
  ('world-class', 'compare with a number instead'),
  ('cutting-edge', 'name the technology and why it mattered'),
  ('leverage', 'say "use"'),
  ('leveraged', 'say "used"'),
  ('value-add', 'name the value'),
  ('paradigm', 'say what changed'),
  ('game-changer', 'say what changed'),
  ('thought leader', 'show what others adopted'),
  ('wheelhouse', 'name the skill'),
  ('move the needle', 'give the number that moved'),
  ('go-to person', 'say who relied on you for what');

INSERT INTO lex_verb_group(id, shows, strong, competency) VALUES
  ('lead', 'you led people or work', 1, 'leadership'),
  ('coordinate', 'you brought teams or people together', 1, 'coordination'),
  ('deliver', 'you got something finished and in use', 1, 'scope'),
  ('improve', 'you made something measurably better', 1, 'quality'),
  ('communicate', 'you explained, taught or reported', 1, 'communication'),
  ('plan', 'you planned, analysed or designed the work', 1, 'scheduling'),
  ('negotiate', 'you reached agreement with others', 1, 'negotiation'),
  ('task', 'hands-on work (an action, but not project language)', 0, NULL),
  ('weak', 'says nothing of your part', 0, NULL);

INSERT INTO lex_verb(base, particle, past, participle, third, gerund, noun, grp) VALUES
  -- lead
  ('lead','','led',NULL,'leads','leading',NULL,'lead'),
  ('manage','','managed',NULL,'manages','managing','management','lead'),
  ('direct','','directed',NULL,'directs','directing','direction','lead'),
  ('head','','headed',NULL,'heads','heading',NULL,'lead'),
  ('supervise','','supervised',NULL,'supervises','supervising','supervision','lead'),
  ('oversee','','oversaw','overseen','oversees','overseeing','oversight','lead'),
  ('mentor','','mentored',NULL,'mentors','mentoring','mentoring','lead'),
  ('coach','','coached',NULL,'coaches','coaching','coaching','lead'),
  ('champion','','championed',NULL,'champions','championing',NULL,'lead'),
  ('spearhead','','spearheaded',NULL,'spearheads','spearheading',NULL,'lead'),
  ('drive','','drove','driven','drives','driving',NULL,'lead'),
  ('guide','','guided',NULL,'guides','guiding','guidance','lead'),
  ('own','','owned',NULL,'owns','owning','ownership','lead'),
  -- coordinate
  ('coordinate','','coordinated',NULL,'coordinates','coordinating','coordination','coordinate'),
  ('organise','','organised',NULL,'organises','organising','organisation','coordinate'),
  ('organize','','organized',NULL,'organizes','organizing','organization','coordinate'),
  ('orchestrate','','orchestrated',NULL,'orchestrates','orchestrating','orchestration','coordinate'),
  ('align','','aligned',NULL,'aligns','aligning','alignment','coordinate'),
  ('liaise','','liaised',NULL,'liaises','liaising',NULL,'coordinate'),
  ('facilitate','','facilitated',NULL,'facilitates','facilitating','facilitation','coordinate'),
  ('collaborate','','collaborated',NULL,'collaborates','collaborating','collaboration','coordinate'),
  ('partner','','partnered',NULL,'partners','partnering',NULL,'coordinate'),
  ('mobilise','','mobilised',NULL,'mobilises','mobilising','mobilisation','coordinate'),
  ('onboard','','onboarded',NULL,'onboards','onboarding','onboarding','coordinate'),
  -- deliver
  ('deliver','','delivered',NULL,'delivers','delivering','delivery','deliver'),
  ('implement','','implemented',NULL,'implements','implementing','implementation','deliver'),
  ('deploy','','deployed',NULL,'deploys','deploying','deployment','deliver'),
  ('launch','','launched',NULL,'launches','launching','launch','deliver'),
  ('migrate','','migrated',NULL,'migrates','migrating','migration','deliver'),
  ('roll','out','rolled',NULL,'rolls','rolling','rollout','deliver'),
  ('complete','','completed',NULL,'completes','completing','completion','deliver'),
  ('execute','','executed',NULL,'executes','executing','execution','deliver'),
  ('ship','','shipped',NULL,'ships','shipping',NULL,'deliver'),
  ('release','','released',NULL,'releases','releasing','release','deliver'),
  ('build','','built',NULL,'builds','building','build','deliver'),
  ('establish','','established',NULL,'establishes','establishing','establishment','deliver'),
  ('introduce','','introduced',NULL,'introduces','introducing','introduction','deliver'),
  ('upgrade','','upgraded',NULL,'upgrades','upgrading','upgrade','deliver'),
  ('consolidate','','consolidated',NULL,'consolidates','consolidating','consolidation','deliver'),
  ('resolve','','resolved',NULL,'resolves','resolving','resolution','deliver'),
  ('achieve','','achieved',NULL,'achieves','achieving',NULL,'deliver'),
  ('reach','','reached',NULL,'reaches','reaching',NULL,'deliver'),
  ('produce','','produced',NULL,'produces','producing','production','deliver'),
  ('create','','created',NULL,'creates','creating','creation','deliver'),
  ('develop','','developed',NULL,'develops','developing','development','deliver'),
  ('engineer','','engineered',NULL,'engineers','engineering',NULL,'deliver'),
  ('integrate','','integrated',NULL,'integrates','integrating','integration','deliver'),
  ('transition','','transitioned',NULL,'transitions','transitioning','transition','deliver'),
  ('restore','','restored',NULL,'restores','restoring','restoration','deliver'),
  ('decommission','','decommissioned',NULL,'decommissions','decommissioning','decommissioning','deliver'),
  ('rebuild','','rebuilt',NULL,'rebuilds','rebuilding','rebuild','deliver'),
  ('set','up','set',NULL,'sets','setting','setup','task'),
  -- improve
  ('improve','','improved',NULL,'improves','improving','improvement','improve'),
  ('reduce','','reduced',NULL,'reduces','reducing','reduction','improve'),
  ('cut','','cut',NULL,'cuts','cutting',NULL,'improve'),
  ('increase','','increased',NULL,'increases','increasing','increase','improve'),
  ('streamline','','streamlined',NULL,'streamlines','streamlining','streamlining','improve'),
  ('automate','','automated',NULL,'automates','automating','automation','improve'),
  ('optimise','','optimised',NULL,'optimises','optimising','optimisation','improve'),
  ('optimize','','optimized',NULL,'optimizes','optimizing','optimization','improve'),
  ('standardise','','standardised',NULL,'standardises','standardising','standardisation','improve'),
  ('standardize','','standardized',NULL,'standardizes','standardizing','standardization','improve'),
  ('modernise','','modernised',NULL,'modernises','modernising','modernisation','improve'),
  ('modernize','','modernized',NULL,'modernizes','modernizing','modernization','improve'),
  ('accelerate','','accelerated',NULL,'accelerates','accelerating',NULL,'improve'),
  ('raise','','raised',NULL,'raises','raising',NULL,'improve'),
  ('save','','saved',NULL,'saves','saving',NULL,'improve'),
  ('eliminate','','eliminated',NULL,'eliminates','eliminating','elimination','improve'),
  ('enhance','','enhanced',NULL,'enhances','enhancing','enhancement','improve'),
  ('simplify','','simplified',NULL,'simplifies','simplifying','simplification','improve'),
  ('strengthen','','strengthened',NULL,'strengthens','strengthening',NULL,'improve'),
  ('boost','','boosted',NULL,'boosts','boosting',NULL,'improve'),
  ('lower','','lowered',NULL,'lowers','lowering',NULL,'improve'),
  ('shorten','','shortened',NULL,'shortens','shortening',NULL,'improve'),
  ('harden','','hardened',NULL,'hardens','hardening','hardening','improve'),
  ('refactor','','refactored',NULL,'refactors','refactoring','refactoring','improve'),
  ('stabilise','','stabilised',NULL,'stabilises','stabilising','stabilisation','improve'),
  ('stabilize','','stabilized',NULL,'stabilizes','stabilizing','stabilization','improve'),
  ('tune','','tuned',NULL,'tunes','tuning','tuning','improve'),
  ('redesign','','redesigned',NULL,'redesigns','redesigning','redesign','improve'),
  ('overhaul','','overhauled',NULL,'overhauls','overhauling','overhaul','improve'),
  -- communicate
  ('present','','presented',NULL,'presents','presenting','presentation','communicate'),
  ('report','','reported',NULL,'reports','reporting','reporting','communicate'),
  ('document','','documented',NULL,'documents','documenting','documentation','communicate'),
  ('brief','','briefed',NULL,'briefs','briefing','briefing','communicate'),
  ('train','','trained',NULL,'trains','training','training','communicate'),
  ('author','','authored',NULL,'authors','authoring',NULL,'communicate'),
  ('publish','','published',NULL,'publishes','publishing','publication','communicate'),
  ('communicate','','communicated',NULL,'communicates','communicating','communication','communicate'),
  ('advise','','advised',NULL,'advises','advising',NULL,'communicate'),
  ('educate','','educated',NULL,'educates','educating','education','communicate'),
  ('demonstrate','','demonstrated',NULL,'demonstrates','demonstrating','demonstration','communicate'),
  ('teach','','taught',NULL,'teaches','teaching','teaching','communicate'),
  -- plan
  ('plan','','planned',NULL,'plans','planning','planning','plan'),
  ('schedule','','scheduled',NULL,'schedules','scheduling','scheduling','plan'),
  ('design','','designed',NULL,'designs','designing','design','plan'),
  ('architect','','architected',NULL,'architects','architecting',NULL,'plan'),
  ('scope','','scoped',NULL,'scopes','scoping','scoping','plan'),
  ('estimate','','estimated',NULL,'estimates','estimating','estimation','plan'),
  ('prioritise','','prioritised',NULL,'prioritises','prioritising','prioritisation','plan'),
  ('prioritize','','prioritized',NULL,'prioritizes','prioritizing','prioritization','plan'),
  ('define','','defined',NULL,'defines','defining','definition','plan'),
  ('map','','mapped',NULL,'maps','mapping','mapping','plan'),
  ('assess','','assessed',NULL,'assesses','assessing','assessment','plan'),
  ('analyse','','analysed',NULL,'analyses','analysing','analysis','plan'),
  ('analyze','','analyzed',NULL,'analyzes','analyzing','analysis','plan'),
  ('evaluate','','evaluated',NULL,'evaluates','evaluating','evaluation','plan'),
  ('budget','','budgeted',NULL,'budgets','budgeting','budgeting','plan'),
  ('audit','','audited',NULL,'audits','auditing','audit','plan'),
  ('gather','','gathered',NULL,'gathers','gathering','gathering','plan'),
  ('identify','','identified',NULL,'identifies','identifying','identification','plan'),
  ('forecast','','forecast',NULL,'forecasts','forecasting','forecasting','plan'),
  ('research','','researched',NULL,'researches','researching','research','plan'),
  ('investigate','','investigated',NULL,'investigates','investigating','investigation','plan'),
  ('diagnose','','diagnosed',NULL,'diagnoses','diagnosing','diagnosis','plan'),
  -- negotiate
  ('negotiate','','negotiated',NULL,'negotiates','negotiating','negotiation','negotiate'),
  ('renegotiate','','renegotiated',NULL,'renegotiates','renegotiating','renegotiation','negotiate'),
  ('secure','','secured',NULL,'secures','securing',NULL,'negotiate'),
  ('procure','','procured',NULL,'procures','procuring','procurement','negotiate'),
  ('source','','sourced',NULL,'sources','sourcing','sourcing','negotiate'),
  ('mediate','','mediated',NULL,'mediates','mediating','mediation','negotiate'),
  ('persuade','','persuaded',NULL,'persuades','persuading',NULL,'negotiate'),
  ('win','','won',NULL,'wins','winning',NULL,'negotiate'),
  -- task: hands-on verbs
  ('install','','installed',NULL,'installs','installing','installation','task'),
  ('configure','','configured',NULL,'configures','configuring','configuration','task'),
  ('maintain','','maintained',NULL,'maintains','maintaining','maintenance','task'),
  ('support','','supported',NULL,'supports','supporting','support','task'),
  ('monitor','','monitored',NULL,'monitors','monitoring','monitoring','task'),
  ('fix','','fixed',NULL,'fixes','fixing','repair','task'),
  ('test','','tested',NULL,'tests','testing','testing','task'),
  ('update','','updated',NULL,'updates','updating','update','task'),
  ('write','','wrote','written','writes','writing','writing','task'),
  ('run','','ran','run','runs','running','running','task'),
  ('use','','used',NULL,'uses','using','use','task'),
  ('answer','','answered',NULL,'answers','answering','','task'),
  ('keep','','kept',NULL,'keeps','keeping',NULL,'task'),
  ('find','','found',NULL,'finds','finding',NULL,'task'),
  ('take','over','took','taken','takes','taking','takeover','task'),
  ('patch','','patched',NULL,'patches','patching','patching','task'),
  ('back','up','backed',NULL,'backs','backing','backup','task'),
  ('troubleshoot','','troubleshot',NULL,'troubleshoots','troubleshooting','troubleshooting','task'),
  ('administer','','administered',NULL,'administers','administering','administration','task'),
  ('provision','','provisioned',NULL,'provisions','provisioning','provisioning','task'),
  ('replace','','replaced',NULL,'replaces','replacing','replacement','task'),
  ('repair','','repaired',NULL,'repairs','repairing','repair','task'),
  ('review','','reviewed',NULL,'reviews','reviewing','review','task'),
  ('check','','checked',NULL,'checks','checking','checking','task'),
  ('process','','processed',NULL,'processes','processing','processing','task'),
  ('log','','logged',NULL,'logs','logging','logging','task'),
  ('triage','','triaged',NULL,'triages','triaging','triage','task'),
  ('respond','','responded',NULL,'responds','responding','response','task'),
  ('perform','','performed',NULL,'performs','performing','','task'),
  ('conduct','','conducted',NULL,'conducts','conducting','','task'),
  ('carry','out','carried',NULL,'carries','carrying','','task'),
  ('image','','imaged',NULL,'images','imaging','imaging','task'),
  ('script','','scripted',NULL,'scripts','scripting','scripting','task'),
  ('code','','coded',NULL,'codes','coding','coding','task'),
  ('debug','','debugged',NULL,'debugs','debugging','debugging','task'),
  ('clean','up','cleaned',NULL,'cleans','cleaning','cleanup','task'),
  ('handle','','handled',NULL,'handles','handling','','weak'),
  ('work','','worked',NULL,'works','working','','weak'),
  ('help','','helped',NULL,'helps','helping','','weak'),
  ('assist','','assisted',NULL,'assists','assisting','','weak'),
  ('participate','','participated',NULL,'participates','participating','','weak'),
  ('do','','did','done','does','doing','','weak'),
  ('contribute','','contributed',NULL,'contributes','contributing','','weak');

INSERT INTO lex_activity(id, name, sort) VALUES
  ('upgrade', 'upgrades', 1),
  ('migration', 'migrations', 2),
  ('rollout', 'rollouts', 3),
  ('incident', 'outages and incidents', 4),
  ('patching', 'patching and change windows', 5),
  ('onboarding', 'onboarding', 6),
  ('vendor', 'vendors and contracts', 7),
  ('support', 'service desk and ticket queues', 8),
  ('documentation', 'documentation', 9),
  ('automation', 'automation', 10),
  ('testing', 'testing and quality', 11),
  ('requirements', 'requirements and analysis', 12),
  ('backup', 'backup and recovery', 13),
  ('monitoring', 'monitoring', 14),
  ('deployment', 'deployments and releases', 15),
  ('security', 'security and compliance', 16),
  ('network', 'networks', 17),
  ('database', 'databases', 18),
  ('development', 'software development', 19),
  ('training', 'training', 20),
  ('process', 'process improvement', 21),
  ('team', 'team leadership', 22),
  ('budget', 'budgets and costs', 23),
  ('reporting', 'reporting and dashboards', 24),
  ('general', 'other work', 99);

INSERT INTO lex_activity_competency(activity, competency, sort) VALUES
  ('upgrade','coordination',1), ('upgrade','change_control',2), ('upgrade','scheduling',3), ('upgrade','risk',4),
  ('migration','coordination',1), ('migration','scope',2), ('migration','scheduling',3), ('migration','risk',4), ('migration','stakeholders',5),
  ('rollout','coordination',1), ('rollout','stakeholders',2), ('rollout','scheduling',3), ('rollout','communication',4),
  ('incident','troubleshooting',1), ('incident','prioritization',2), ('incident','communication',3), ('incident','stakeholders',4),
  ('patching','change_control',1), ('patching','risk',2), ('patching','scheduling',3), ('patching','attention_to_detail',4),
  ('onboarding','coordination',1), ('onboarding','facilitation',2), ('onboarding','communication',3),
  ('vendor','vendor_management',1), ('vendor','negotiation',2), ('vendor','budget',3), ('vendor','stakeholders',4),
  ('support','prioritization',1), ('support','stakeholders',2), ('support','troubleshooting',3), ('support','communication',4),
  ('documentation','documentation_discipline',1), ('documentation','reporting',2), ('documentation','communication',3),
  ('automation','quality',1), ('automation','analytical_thinking',2), ('automation','strategic_thinking',3),
  ('testing','quality',1), ('testing','attention_to_detail',2), ('testing','risk',3), ('testing','sdlc',4),
  ('requirements','scope',1), ('requirements','stakeholders',2), ('requirements','analytical_thinking',3), ('requirements','facilitation',4),
  ('backup','risk',1), ('backup','governance',2), ('backup','attention_to_detail',3),
  ('monitoring','risk',1), ('monitoring','reporting',2), ('monitoring','analytical_thinking',3),
  ('deployment','change_control',1), ('deployment','sdlc',2), ('deployment','scheduling',3), ('deployment','coordination',4),
  ('security','risk',1), ('security','governance',2), ('security','attention_to_detail',3),
  ('network','coordination',1), ('network','risk',2), ('network','scope',3),
  ('database','risk',1), ('database','quality',2), ('database','analytical_thinking',3),
  ('development','sdlc',1), ('development','agile',2), ('development','quality',3), ('development','scope',4),
  ('training','communication',1), ('training','facilitation',2), ('training','leadership',3),
  ('process','quality',1), ('process','strategic_thinking',2), ('process','governance',3),
  ('team','leadership',1), ('team','delegation',2), ('team','conflict_resolution',3),
  ('budget','budget',1), ('budget','negotiation',2), ('budget','reporting',3),
  ('reporting','status_reporting',1), ('reporting','reporting',2), ('reporting','stakeholders',3);

INSERT INTO lex_activity_term(term, activity, weight) VALUES
  ('upgrade','upgrade',5), ('upgrading','upgrade',5), ('upgraded','upgrade',5),
  ('refresh','upgrade',3), ('hardware refresh','upgrade',6), ('end-of-life','upgrade',3),
  ('migration','migration',6), ('migrating','migration',6), ('migrated','migration',6),
  ('cutover','migration',5), ('cloud migration','migration',7), ('consolidation','migration',3),
  ('rollout','rollout',6), ('roll-out','rollout',6), ('rolled','rollout',3), ('roll out','rollout',6),
  ('adoption','rollout',3), ('go-live','rollout',5),
  ('outage','incident',6), ('incident','incident',6), ('incidents','incident',6), ('p1','incident',6),
  ('major incident','incident',8), ('root cause','incident',4), ('post-mortem','incident',4),
  ('postmortem','incident',4), ('on-call','incident',4), ('escalation','incident',3), ('downtime','incident',2),
  ('patching','patching',6), ('patch','patching',5), ('patches','patching',5), ('patched','patching',5),
  ('maintenance window','patching',5), ('change window','patching',5),
  ('onboarding','onboarding',6), ('onboarded','onboarding',6), ('new hire','onboarding',5),
  ('new starters','onboarding',5), ('offboarding','onboarding',5),
  ('vendor','vendor',6), ('vendors','vendor',6), ('supplier','vendor',6), ('contract','vendor',4),
  ('contracts','vendor',4), ('licensing','vendor',4), ('licence','vendor',3), ('license','vendor',3),
  ('procurement','vendor',5), ('rfp','vendor',5),
  ('ticket','support',4), ('tickets','support',4), ('ticket queue','support',7), ('help desk','support',6),
  ('helpdesk','support',6), ('service desk','support',6), ('sla','support',5), ('slas','support',5),
  ('backlog','support',2), ('end users','support',3), ('desktop support','support',6), ('user support','support',6),
  ('documentation','documentation',6), ('runbook','documentation',6), ('runbooks','documentation',6),
  ('knowledge base','documentation',6), ('wiki','documentation',4), ('sop','documentation',5),
  ('procedures','documentation',3), ('user guide','documentation',5), ('documented','documentation',4),
  ('automation','automation',6), ('automated','automation',6), ('automating','automation',6),
  ('script','automation',4), ('scripts','automation',4), ('scripting','automation',4),
  ('ansible','automation',5), ('terraform','automation',5), ('powershell','automation',3),
  ('ci/cd','automation',4), ('pipeline','automation',3), ('infrastructure as code','automation',6),
  ('testing','testing',6), ('test','testing',4), ('tests','testing',4), ('qa','testing',5),
  ('regression','testing',5), ('test cases','testing',6), ('test plan','testing',6), ('uat','testing',6),
  ('defect','testing',4), ('defects','testing',4), ('bugs','testing',3), ('selenium','testing',4),
  ('test automation','testing',7), ('quality assurance','testing',6),
  ('requirements','requirements',6), ('user stories','requirements',6), ('business case','requirements',5),
  ('process mapping','requirements',5), ('gap analysis','requirements',6), ('workshops','requirements',4),
  ('stakeholder interviews','requirements',6), ('specifications','requirements',5), ('use cases','requirements',5),
  ('backup','backup',6), ('backups','backup',6), ('disaster recovery','backup',7), ('dr','backup',5),
  ('restore','backup',4), ('recovery','backup',4), ('business continuity','backup',6),
  ('monitoring','monitoring',6), ('monitored','monitoring',5), ('monitor','monitoring',4), ('alerting','monitoring',5), ('alerts','monitoring',4), ('nagios','monitoring',4),
  ('zabbix','monitoring',4), ('grafana','monitoring',4), ('dashboards','reporting',3), ('observability','monitoring',5),
  ('deployment','deployment',6), ('deployments','deployment',6), ('deployed','deployment',5), ('release','deployment',5),
  ('releases','deployment',5), ('release management','deployment',7), ('change management','deployment',5),
  ('kubernetes','deployment',3), ('docker','deployment',3),
  ('security audit','security',7), ('audit','security',4), ('compliance','security',5), ('vulnerability','security',5),
  ('vulnerabilities','security',5), ('penetration test','security',6), ('pen test','security',6),
  ('siem','security',4), ('iso 27001','security',6), ('soc 2','security',6), ('pci','security',5),
  ('gdpr','security',5), ('mfa','security',4), ('phishing','security',4), ('firewall rules','security',4),
  ('access reviews','security',5), ('security','security',5),
  ('network','network',5), ('lan','network',4), ('wan','network',4), ('vlan','network',4), ('vlans','network',4),
  ('sd-wan','network',5), ('vpn','network',4), ('wi-fi','network',4), ('wifi','network',4),
  ('switches','network',4), ('routers','network',4), ('firewall','network',3), ('firewalls','network',3),
  ('cabling','network',4),
  ('database','database',6), ('databases','database',6), ('sql','database',4), ('oracle','database',4),
  ('postgresql','database',4), ('mysql','database',4), ('sql server','database',5), ('queries','database',4),
  ('indexes','database',4), ('schema','database',4), ('data warehouse','database',5), ('etl','database',4),
  ('feature','development',4), ('features','development',4), ('api','development',4), ('apis','development',4),
  ('application','development',3), ('microservices','development',4), ('codebase','development',4),
  ('code review','development',4), ('code reviews','development',4), ('sprint','development',4), ('sprints','development',4),
  ('mobile app','development',5), ('web app','development',5), ('refactoring','development',4),
  ('training','training',6), ('trained','training',6), ('workshop','training',4), ('mentoring','team',5),
  ('sessions','training',2), ('courses','training',4),
  ('process improvement','process',7), ('workflow','process',4), ('workflows','process',4), ('itil','process',4),
  ('standardised','process',3), ('standardized','process',3), ('lean','process',4), ('kaizen','process',5),
  ('team','team',2), ('junior','team',3), ('interns','team',3), ('direct reports','team',6), ('hiring','team',4),
  ('budget','budget',6), ('budgets','budget',6), ('cost','budget',4), ('costs','budget',4), ('spend','budget',4),
  ('savings','budget',4), ('forecast','budget',4),
  ('report','reporting',4), ('reports','reporting',4), ('dashboard','reporting',4), ('kpi','reporting',4),
  ('kpis','reporting',4), ('status report','reporting',6), ('metrics','reporting',3), ('power bi','reporting',4),
  ('tableau','reporting',4);

INSERT INTO lex_jargon(term, gloss) VALUES
  ('vlan', 'a separate virtual network'),
  ('vlans', 'separate virtual networks'),
  ('bgp', 'the routing between networks'),
  ('ospf', 'the routing inside a network'),
  ('dns', 'the name lookup that lets users reach systems'),
  ('dhcp', 'automatic network addresses'),
  ('ldap', 'the user directory'),
  ('gpo', 'central Windows settings'),
  ('gpos', 'central Windows settings'),
  ('k8s', 'container platform'),
  ('kubernetes', 'container platform'),
  ('terraform', 'infrastructure defined as code'),
  ('ci/cd', 'automated build and release'),
  ('sd-wan', 'the network between sites'),
  ('siem', 'the security event monitoring system'),
  ('edr', 'endpoint protection'),
  ('iops', 'storage speed'),
  ('raid', 'disk redundancy'),
  ('san', 'shared storage'),
  ('nas', 'shared file storage'),
  ('vm', 'virtual server'),
  ('vms', 'virtual servers'),
  ('etl', 'data loading between systems'),
  ('regex', 'text-matching rules'),
  ('cron', 'scheduled jobs'),
  ('tls', 'encrypted connections'),
  ('ssl', 'encrypted connections'),
  ('pki', 'the certificate system'),
  ('smtp', 'email delivery'),
  ('mttr', 'average time to fix'),
  ('rto', 'how fast a system must be back'),
  ('rpo', 'how much data loss is acceptable'),
  ('nat', 'address translation'),
  ('qos', 'traffic priority'),
  ('ospf/bgp', 'network routing'),
  ('crud', 'basic data screens'),
  ('orm', 'the database access layer'),
  ('idempotent', 'safe to run again'),
  ('sharding', 'splitting a database across servers'),
  ('refactoring', 'restructuring code'),
  ('vpc', 'a private cloud network');

INSERT INTO lex_pm_keyword(keyword, competency) VALUES
  ('stakeholder', 'stakeholders'),
  ('stakeholder management', 'stakeholders'),
  ('stakeholder engagement', 'stakeholders'),
  ('budget', 'budget'),
  ('cost control', 'budget'),
  ('forecasting', 'budget'),
  ('schedule', 'scheduling'),
  ('scheduling', 'scheduling'),
  ('timeline', 'scheduling'),
  ('timelines', 'scheduling'),
  ('milestones', 'scheduling'),
  ('deadlines', 'scheduling'),
  ('risk', 'risk'),
  ('risk management', 'risk'),
  ('mitigation', 'risk'),
  ('scope', 'scope'),
  ('scope management', 'scope'),
  ('deliverables', 'scope'),
  ('requirements', 'scope'),
  ('status reporting', 'status_reporting'),
  ('status reports', 'status_reporting'),
  ('reporting', 'reporting'),
  ('documentation', 'documentation_discipline'),
  ('cross-functional', 'coordination'),
  ('coordination', 'coordination'),
  ('collaboration', 'coordination'),
  ('prioritization', 'prioritization'),
  ('prioritisation', 'prioritization'),
  ('problem solving', 'troubleshooting'),
  ('problem-solving', 'troubleshooting'),
  ('analytical', 'analytical_thinking'),
  ('data-driven', 'analytical_thinking'),
  ('attention to detail', 'attention_to_detail'),
  ('leadership', 'leadership'),
  ('team leadership', 'leadership'),
  ('communication', 'communication'),
  ('communication skills', 'communication'),
  ('presentation', 'communication'),
  ('conflict resolution', 'conflict_resolution'),
  ('negotiation', 'negotiation'),
  ('delegation', 'delegation'),
  ('facilitation', 'facilitation'),
  ('workshops', 'facilitation'),
  ('adaptability', 'adaptability'),
  ('strategic', 'strategic_thinking'),
  ('roadmap', 'strategic_thinking'),
  ('waterfall', 'predictive'),
  ('predictive', 'predictive'),
  ('agile', 'agile'),
  ('scrum', 'agile'),
  ('kanban', 'agile'),
  ('sprint planning', 'agile'),
  ('hybrid', 'hybrid'),
  ('sdlc', 'sdlc'),
  ('software development life cycle', 'sdlc'),
  ('change management', 'change_control'),
  ('change control', 'change_control'),
  ('itil', 'change_control'),
  ('quality assurance', 'quality'),
  ('quality management', 'quality'),
  ('vendor management', 'vendor_management'),
  ('vendors', 'vendor_management'),
  ('procurement', 'vendor_management'),
  ('governance', 'governance'),
  ('compliance', 'governance'),
  ('wbs', 'wbs'),
  ('work breakdown structure', 'wbs'),
  ('gantt', 'gantt'),
  ('ms project', 'gantt'),
  ('raid log', 'raid_log'),
  ('risk register', 'raid_log'),
  ('stakeholder register', 'stakeholder_register'),
  ('kpis', 'status_reporting'),
  ('jira', 'agile'),
  ('pmp', 'predictive'),
  ('prince2', 'governance');

INSERT INTO lex_unit(word, kind) VALUES
  ('user','scope'), ('users','scope'), ('team','scope'), ('teams','scope'), ('server','scope'), ('servers','scope'),
  ('site','scope'), ('sites','scope'), ('office','scope'), ('offices','scope'), ('location','scope'), ('locations','scope'),
  ('people','scope'), ('person','scope'), ('engineer','scope'), ('engineers','scope'), ('staff','scope'),
  ('employee','scope'), ('employees','scope'), ('customer','scope'), ('customers','scope'), ('client','scope'), ('clients','scope'),
  ('system','scope'), ('systems','scope'), ('application','scope'), ('applications','scope'), ('app','scope'), ('apps','scope'),
  ('database','scope'), ('databases','scope'), ('device','scope'), ('devices','scope'), ('endpoint','scope'), ('endpoints','scope'),
  ('laptop','scope'), ('laptops','scope'), ('workstation','scope'), ('workstations','scope'), ('pc','scope'), ('pcs','scope'),
  ('vm','scope'), ('vms','scope'), ('node','scope'), ('nodes','scope'), ('host','scope'), ('hosts','scope'),
  ('mailbox','scope'), ('mailboxes','scope'), ('ticket','scope'), ('tickets','scope'), ('project','scope'), ('projects','scope'),
  ('vendor','scope'), ('vendors','scope'), ('member','scope'), ('members','scope'), ('developer','scope'), ('developers','scope'),
  ('department','scope'), ('departments','scope'), ('branch','scope'), ('branches','scope'), ('store','scope'), ('stores','scope'),
  ('switch','scope'), ('switches','scope'), ('router','scope'), ('routers','scope'), ('firewall','scope'), ('firewalls','scope'),
  ('account','scope'), ('accounts','scope'), ('license','scope'), ('licenses','scope'), ('licence','scope'), ('licences','scope'),
  ('record','scope'), ('records','scope'), ('table','scope'), ('tables','scope'), ('test','scope'), ('tests','scope'),
  ('case','scope'), ('cases','scope'), ('release','scope'), ('releases','scope'), ('sprint','scope'), ('sprints','scope'),
  ('country','scope'), ('countries','scope'), ('region','scope'), ('regions','scope'), ('stakeholder','scope'), ('stakeholders','scope'),
  ('analyst','scope'), ('analysts','scope'), ('agent','scope'), ('agents','scope'), ('contractor','scope'), ('contractors','scope'),
  ('hire','scope'), ('hires','scope'), ('student','scope'), ('students','scope'), ('service','scope'), ('services','scope'),
  ('microservice','scope'), ('microservices','scope'), ('repository','scope'), ('repositories','scope'),
  ('report','scope'), ('reports','scope'), ('dashboard','scope'), ('dashboards','scope'), ('session','scope'), ('sessions','scope'), ('call','scope'), ('calls','scope'),
  ('incident','scope'), ('incidents','scope'), ('change','scope'), ('changes','scope'), ('request','scope'), ('requests','scope'),
  ('workshop','scope'), ('workshops','scope'), ('story','scope'), ('stories','scope'), ('requirement','scope'), ('requirements','scope'),
  ('module','scope'), ('modules','scope'), ('feature','scope'), ('features','scope'), ('phone','scope'), ('phones','scope'),
  ('printer','scope'), ('printers','scope'), ('tb','scope'), ('gb','scope'), ('pb','scope'), ('manager','scope'), ('managers','scope'),
  ('minute','time'), ('minutes','time'), ('min','time'), ('mins','time'), ('hour','time'), ('hours','time'), ('hrs','time'),
  ('day','time'), ('days','time'), ('week','time'), ('weeks','time'), ('month','time'), ('months','time'),
  ('year','time'), ('years','time'), ('quarter','time'), ('quarters','time'), ('seconds','time'), ('ms','time'),
  ('k','money'), ('million','money'), ('m','money'), ('usd','money'), ('eur','money'), ('gbp','money'), ('dollars','money'),
  ('euros','money'), ('budget','money'),
  ('company-wide','scope_word'), ('organisation-wide','scope_word'), ('organization-wide','scope_word'),
  ('enterprise-wide','scope_word'), ('nationwide','scope_word'), ('global','scope_word'), ('globally','scope_word'),
  ('multi-site','scope_word'), ('cross-functional','scope_word');

INSERT INTO lex_result_word(phrase, standalone) VALUES
  ('reduced',0), ('reducing',0), ('cut',0), ('cutting',0), ('saved',0), ('saving',0), ('savings',0),
  ('improved',0), ('improving',0), ('increased',0), ('increasing',0), ('decreased',0), ('raised',0),
  ('lowered',0), ('eliminated',0), ('eliminating',0), ('achieved',0), ('boosted',0), ('shortened',0),
  ('faster',0), ('fewer',0), ('less',0), ('zero',1), ('uptime',0), ('availability',0),
  ('on time',1), ('on schedule',1), ('ahead of schedule',1), ('under budget',1), ('within budget',1),
  ('no downtime',1), ('zero downtime',1), ('without downtime',1), ('no data loss',1);

INSERT INTO lex_word_class(word, class) VALUES
  ('the','det'), ('a','det'), ('an','det'), ('all','det'), ('our','det'), ('my','det'), ('their','det'),
  ('every','det'), ('each','det'), ('new','det'), ('multiple','det'), ('several','det'), ('two','det'),
  ('three','det'), ('weekly','det'), ('daily','det'), ('monthly','det'), ('nightly','det'), ('quarterly','det'),
  ('key','det'), ('critical','det'), ('company','det'), ('internal','det'), ('customer','det'), ('this','det'),
  ('these','det'), ('its','det'), ('his','det'), ('her','det'), ('end-to-end','det'), ('over','det'), ('more','det'),
  ('on','prep'), ('with','prep'), ('in','prep'), ('for','prep'), ('of','prep'), ('to','prep'), ('at','prep'),
  ('from','prep'), ('across','prep'), ('by','prep'), ('into','prep'), ('during','prep'), ('after','prep'),
  ('i','pronoun'), ('we','pronoun'),
  ('the','en'), ('and','en'), ('of','en'), ('for','en'), ('to','en'), ('in','en'), ('on','en'), ('with','en'),
  ('by','en'), ('from','en'), ('across','en'), ('at','en'), ('as','en'), ('our','en'), ('all','en'), ('new','en'),
  ('was','en'), ('were','en'), ('is','en'), ('are','en'), ('an','en'), ('into','en'), ('over','en'), ('per','en'),
  ('that','en'), ('which','en'), ('team','en'), ('users','en'), ('servers','en'), ('after','en'), ('each','en'),
  ('der','foreign'), ('die','foreign'), ('das','foreign'), ('und','foreign'), ('mit','foreign'), ('für','foreign'),
  ('von','foreign'), ('zur','foreign'), ('zum','foreign'), ('den','foreign'), ('ein','foreign'), ('eine','foreign'),
  ('wurde','foreign'), ('auf','foreign'), ('im','foreign'), ('bei','foreign'), ('verantwortlich','foreign'),
  ('le','foreign'), ('la','foreign'), ('les','foreign'), ('des','foreign'), ('du','foreign'), ('et','foreign'),
  ('pour','foreign'), ('avec','foreign'), ('une','foreign'), ('dans','foreign'), ('sur','foreign'), ('au','foreign'),
  ('aux','foreign'), ('gestion','foreign'), ('mise','foreign'), ('el','foreign'), ('los','foreign'), ('las','foreign'),
  ('del','foreign'), ('y','foreign'), ('con','foreign'), ('para','foreign'), ('una','foreign'), ('por','foreign'),
  ('de','foreign'), ('que','foreign'), ('het','foreign'), ('een','foreign'), ('voor','foreign'), ('naar','foreign'),
  ('il','foreign'), ('della','foreign'), ('di','foreign'), ('dei','foreign'), ('gli','foreign'),
  ('och','foreign'), ('på','foreign'), ('av','foreign');

INSERT INTO lex_template(activity, rank, template) VALUES
  ('upgrade', 1, 'Coordinated {object}{s| across [N] teams}{s|, completed in [N] weeks}{r|, and reduced downtime by [X]%}'),
  ('upgrade', 2, 'Led {object}{s| for [N] users}{s| on [N] servers}{r|, cutting related incidents by [X]%}'),
  ('upgrade', 3, 'Reduced downtime by [X]% by coordinating {object}{s| across [N] teams}'),
  ('migration', 1, 'Led {object}{s| across [N] teams}{s| in [N] weeks}{r|, and reduced running costs by [X]%}'),
  ('migration', 2, 'Planned and delivered {object}{s| for [N] users}{s| within a [$X] budget}{r|, keeping downtime to [N] hours}'),
  ('migration', 3, 'Cut running costs by [X]% by leading {object}{s| across [N] teams}'),
  ('rollout', 1, 'Coordinated {object}{s| for [N] users}{s| at [N] sites}{r|, and reached [X]% adoption}'),
  ('rollout', 2, 'Led {object}{s| across [N] teams}{s| over [N] weeks}{r|, delivered within a [$X] budget}'),
  ('rollout', 3, 'Reached [X]% adoption by coordinating {object}{s| across [N] sites}'),
  ('incident', 1, 'Led the response to {object}{s| affecting [N] users}{r|, and restored service within [N] hours}'),
  ('incident', 2, 'Coordinated {object}{s| across [N] teams}{r|, cutting time to resolve by [X]%}'),
  ('incident', 3, 'Cut time to resolve by [X]% by coordinating {object}{s| across [N] teams}'),
  ('patching', 1, 'Planned and coordinated {object}{s| for [N] servers}{s| across [N] teams}{r|, and raised patch compliance to [X]%}'),
  ('patching', 2, 'Led {object}{s| every [N] weeks}{r|, with [N] unplanned outages}'),
  ('patching', 3, 'Raised patch compliance to [X]% by coordinating {object}{s| across [N] teams}'),
  ('onboarding', 1, 'Coordinated {object}{s| for [N] employees}{r|, and cut time to productivity by [X]%}'),
  ('onboarding', 2, 'Streamlined {object}{s| across [N] teams}{r|, reducing setup time by [X]%}'),
  ('onboarding', 3, 'Reduced onboarding time by [X]% by standardising {object}'),
  ('vendor', 1, 'Managed {object}{s| across [N] vendors}{s| with a [$X] budget}{r|, and saved [$X] annually}'),
  ('vendor', 2, 'Negotiated {object}{s| with [N] vendors}{r|, cutting costs by [X]%}'),
  ('vendor', 3, 'Saved [$X] annually by renegotiating {object}'),
  ('support', 1, 'Managed {object}{s| for [N] users}{r|, and met [X]% of response targets}'),
  ('support', 2, 'Prioritised {object}{s| of [N] tickets a month}{r|, and cut the backlog by [X]%}'),
  ('support', 3, 'Raised on-time ticket resolution to [X]% by reorganising {object}'),
  ('documentation', 1, 'Produced {object}{s| used by [N] staff}{r|, and cut repeat questions by [X]%}'),
  ('documentation', 2, 'Standardised {object}{s| across [N] teams}{r|, reducing onboarding time by [X]%}'),
  ('automation', 1, 'Automated {object}{s| across [N] systems}{r|, saving [N] hours a week}'),
  ('automation', 2, 'Led {object}{s| for [N] teams}{r|, and cut manual effort by [X]%}'),
  ('automation', 3, 'Saved [N] hours a week by automating {object}'),
  ('testing', 1, 'Led {object}{s| across [N] releases}{r|, and cut escaped defects by [X]%}'),
  ('testing', 2, 'Planned {object}{s| covering [N] test cases}{r|, raising test coverage to [X]%}'),
  ('testing', 3, 'Cut production defects by [X]% by coordinating {object}'),
  ('requirements', 1, 'Gathered and documented {object}{s| with [N] stakeholders}{r|, and reduced change requests by [X]%}'),
  ('requirements', 2, 'Facilitated {object}{s| across [N] departments}{s| over [N] weeks}'),
  ('requirements', 3, 'Cut rework by [X]% by clarifying {object}{s| with [N] stakeholders}'),
  ('backup', 1, 'Led {object}{s| for [N] servers}{r|, and met a recovery time of [N] hours}'),
  ('backup', 2, 'Implemented {object}{s| across [N] sites}{r|, raising restore success to [X]%}'),
  ('monitoring', 1, 'Implemented {object}{s| for [N] systems}{r|, and cut detection time by [X]%}'),
  ('monitoring', 2, 'Led {object}{s| across [N] teams}{r|, reducing unplanned outages by [X]%}'),
  ('deployment', 1, 'Coordinated {object}{s| across [N] teams}{s| over [N] releases}{r|, and reduced failed changes by [X]%}'),
  ('deployment', 2, 'Delivered {object}{s| for [N] users}{r|, cutting release time by [X]%}'),
  ('deployment', 3, 'Cut release lead time by [X]% by coordinating {object}'),
  ('security', 1, 'Led {object}{s| across [N] systems}{r|, and closed [X]% of findings within [N] weeks}'),
  ('security', 2, 'Coordinated {object}{s| with [N] teams}{r|, reducing open vulnerabilities by [X]%}'),
  ('security', 3, 'Reduced open vulnerabilities by [X]% by leading {object}'),
  ('network', 1, 'Led {object}{s| across [N] sites}{r|, and raised network uptime to [X]%}'),
  ('network', 2, 'Planned and delivered {object}{s| for [N] users}{s| within a [$X] budget}'),
  ('database', 1, 'Led {object}{s| for [N] databases}{r|, and cut query times by [X]%}'),
  ('database', 2, 'Coordinated {object}{s| with [N] teams}{r|, keeping downtime to [N] hours}'),
  ('development', 1, 'Delivered {object}{s| with a team of [N] developers}{s| in [N] sprints}{r|, and cut defects by [X]%}'),
  ('development', 2, 'Led {object}{s| across [N] teams}{r|, adopted by [N] users}'),
  ('training', 1, 'Trained {object}{s| in [N] sessions}{r|, and cut support requests by [X]%}'),
  ('training', 2, 'Designed and delivered {object}{s| for [N] employees}{r|, rated useful by [X]% of attendees}'),
  ('process', 1, 'Improved {object}{s| across [N] teams}{r|, cutting cycle time by [X]%}'),
  ('process', 2, 'Standardised {object}{s| for [N] teams}{r|, and reduced errors by [X]%}'),
  ('team', 1, 'Led {object}{s| in a team of [N] people}{r|, and raised on-time delivery to [X]%}'),
  ('team', 2, 'Mentored {object}{s| across [N] teams}{r|, and cut onboarding time by [X]%}'),
  ('budget', 1, 'Managed {object}{s| worth [$X]}{r|, and came in [X]% under budget}'),
  ('budget', 2, 'Negotiated {object}{r|, saving [$X] annually}'),
  ('reporting', 1, 'Produced {object}{s| for [N] stakeholders}{s| every [N] weeks}{r|, and cut reporting time by [X]%}'),
  ('reporting', 2, 'Introduced {object}{s| read by [N] managers}{r|, replacing [N] hours of manual work a week}'),
  ('general', 1, 'Coordinated {object}{s| across [N] teams}{s| over [N] weeks}{r|, and improved [metric] by [X]%}'),
  ('general', 2, 'Led {object}{s| for [N] users}{r|, and cut [metric] by [X]%}'),
  ('general', 3, 'Delivered {object}{s| within [N] weeks}{s| for [N] stakeholders}');
