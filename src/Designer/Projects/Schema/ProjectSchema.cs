namespace Designer.Projects.Schema;

/// <summary>The project format: every key Designer knows, its type, and what it means.</summary>
public static class ProjectSchema
{
    private static readonly ReferenceTarget Actor = ReferenceTarget.Actor;
    private static readonly ReferenceTarget Indicator = ReferenceTarget.Indicator;
    private static readonly ReferenceTarget ActorOrBody = ReferenceTarget.ActorOrBody;

    public static readonly IReadOnlyList<string> Horizons = ["short", "medium", "long"];
    public static readonly IReadOnlyList<string> ActorSectors = ["public", "private", "knowledge", "civil-society", "international"];
    public static readonly IReadOnlyList<string> ComponentKinds = ["network", "business-development", "matching-grants", "lessons-learned", "other"];
    public static readonly IReadOnlyList<string> IndicatorLevels = ["cluster", "beneficiaries", "firm", "institution", "territory"];
    public static readonly IReadOnlyList<string> Directions = ["increase", "decrease"];
    public static readonly IReadOnlyList<string> BaselineStatuses = ["measured", "to-be-collected"];
    public static readonly IReadOnlyList<string> Levels = ["low", "medium", "high"];
    public static readonly IReadOnlyList<string> ResultLevels = ["activity", "output", "outcome", "impact"];
    public static readonly IReadOnlyList<string> PovertyCriteria = ["income", "informality", "ethnicity", "gender", "disability", "location", "age", "other"];
    public static readonly IReadOnlyList<string> Comparisons = ["control-group", "rest-of-sector", "national", "none"];
    public static readonly IReadOnlyList<string> Measures =
    [
        "local-gdp", "cluster-productivity", "cluster-sales", "cluster-exports",
        "firms-with-competitive-strategies", "non-firm-actors", "joint-activities", "firms-improved-position",
        "institutional-arrangement",
        "strategic-plan", "participating-firms", "subsidies-disbursed", "other",
    ];

    private static ScalarType Text(string d) => new(ScalarKind.String, d);

    private static ScalarType Int(string d, bool expr = true) => new(ScalarKind.Int, d, AllowExpression: expr);

    /// <summary>Most months a project runs, and the latest month a plan may name (50 years).</summary>
    public const int MaxMonths = 600;

    /// <summary>The years a baseline, a start or a date may fall in.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a date may fall in.</summary>
    public const int MaxYear = 2200;

    private static ScalarType Month(string d) => new(ScalarKind.Int, d, AllowExpression: true) { Min = 0, Max = MaxMonths };

    private static ScalarType Months(string d) => new(ScalarKind.Int, d) { Min = 1, Max = MaxMonths };

    private static ScalarType Year(string d) => new(ScalarKind.Int, d) { Min = MinYear, Max = MaxYear };

    private static ScalarType Number(string d) => new(ScalarKind.Number, d, AllowExpression: true);

    private static ScalarType Ratio(string d) => new(ScalarKind.Ratio, d, AllowExpression: true);

    private static ScalarType Bool(string d) => new(ScalarKind.Bool, d);

    private static ScalarType Enum(IReadOnlyList<string> values, string d) => new(ScalarKind.String, d, values);

    private static ScalarType Ref(ReferenceTarget target, string d) => new(ScalarKind.String, d, RefersTo: target);

    private static ListType Texts(string d) => new(Text("one item"), d);

    private static ListType Refs(ReferenceTarget target, string d) => new(Ref(target, $"id of an {target}"), d);

    private static Field Req(string key, SchemaType type, string d, string? example = null) => new(key, type, true, d, example);

    private static Field Opt(string key, SchemaType type, string d, string? example = null) => new(key, type, false, d, example);

    private static ObjectType Obj(string title, string d, params Field[] fields) => new(title, fields, d);

    /// <summary>The computed <c>links</c> of an element: its references resolved to the elements they name.</summary>
    private static ObjectType Links(string of, params Field[] fields) =>
        new($"links of {(of[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {of}", fields, $"Computed by Designer (never written in a file): the references of the {of} resolved to the elements they name, for expressions and templates.");

    private static Field LinksField(ObjectType links) =>
        new("links", links, false, "Computed: " + links.Description[(links.Description.IndexOf(':') + 2)..], Computed: true);

    public static readonly ObjectType Budget = Obj("budget", "The project budget by source.",
        Req("currency", Text("ISO 4217 currency code"), "Currency of every amount in the file.", "USD"),
        Req("mif", Number("amount"), "Amount financed by the MIF (or the lead donor).", "1250000"),
        Req("counterpart", Number("amount"), "Counterpart contribution of local partners.", "1050000"));

    public static readonly ObjectType Project = Obj("project", "What the project is, who executes it, when and with what money.",
        Req("id", Text("operation number"), "The operation number.", "BR-T1234"),
        Req("title", Text("title"), "The project title.", "Territorial competitiveness of the Agreste apparel chain"),
        Req("country", Text("country"), "The country.", "Brazil"),
        Req("executing_agency", Ref(Actor, "actor id"), "The actor that executes the project.", "sebrae-se"),
        Req("start", new ScalarType(ScalarKind.YearMonth, "year-month"), "First month of execution.", "2027-03"),
        Req("duration_months", Months("months"), "Length of execution in months.", "48"),
        Req("budget", Budget, "The budget by source."),
        Opt("summary", Text("text"), "A short summary for the board brief."),
        Opt("language", Enum(Localization.Languages.Codes, "en, es or pt"), "The language Designer writes in around the project's own text: documents' labels, findings, messages, numbers and dates (en, es or pt; default en). `--lang` overrides it.", "es"));

    public static readonly ObjectType Assets = Obj("assets", "The territorial assets the project builds on.",
        Opt("natural_resources", Texts("resources"), "Raw materials and natural resources."),
        Opt("skilled_labor", Text("text"), "The local pool of skilled and specialised labour."),
        Opt("knowledge_institutions", Refs(Actor, "knowledge institutions"), "Actor ids of the region's universities, technology centres and R&D institutions."),
        Opt("public_goods", Texts("public goods"), "Public goods provided in the region (roads, business desks, ...)."));

    public static readonly ObjectType Territory = Obj("territory", "The delimited economic region the project serves.",
        Req("name", Text("name"), "Name of the territory.", "Agreste Sergipano"),
        Req("kind", Enum(["economic-region", "municipality", "state", "country", "other"], "kind"), "What kind of territory it is; territorial projects target an `economic-region`.", "economic-region"),
        Opt("jurisdictions", Texts("jurisdictions"), "The municipal or regional jurisdictions it spans."),
        Opt("coincides_with_jurisdiction", Bool("flag"), "Whether the territory is exactly one jurisdiction."),
        Opt("shared_characteristics", Texts("characteristics"), "What makes it one economic region: economic base, interdependent sectors, labour pool, infrastructure."),
        Opt("assets", Assets, "Territorial assets."),
        Opt("population", Int("people"), "Population."),
        Opt("poverty_rate", Ratio("share"), "Share of the population below the poverty line."));

    public static readonly ObjectType Sector = Obj("sector", "One strategic sector, cluster or supply chain.",
        Req("id", Text("id"), "Identifier used elsewhere in the file.", "apparel"),
        Req("name", Text("name"), "Name of the sector.", "Apparel and embroidery"),
        Opt("kind", Enum(["cluster", "supply-chain", "sector"], "kind"), "Cluster, supply chain or sector."),
        Opt("firms", Int("firms"), "Number of firms."),
        Opt("sme_share", Ratio("share"), "Share of firms that are SMEs."),
        Opt("employment", Int("jobs"), "Jobs in the sector."),
        Opt("informality_rate", Ratio("share"), "Share of informal firms or jobs."));

    public static readonly ObjectType Actor_ = Obj("actor", "An organisation that takes part in the project.",
        Req("id", Text("id"), "Identifier used elsewhere in the file.", "sebrae-se"),
        Req("name", Text("name"), "Name of the organisation.", "Sebrae Sergipe"),
        Opt("kind", Enum(["business-support", "local-government", "regional-government", "national-government", "university", "technology-center", "business-association", "cooperative", "firm", "ngo", "international", "other"], "kind"), "What kind of organisation it is."),
        Req("sector", Enum(ActorSectors, "sector"), "Which sector of society it belongs to.", "private"));

    public static readonly ObjectType Body = Obj("governance body", "A body of the project's governance.",
        Req("id", Text("id"), "Identifier.", "council"),
        Req("name", Text("name"), "Name of the body.", "Territorial Competitiveness Council"),
        Req("role", Enum(["steering", "technical", "execution", "advisory"], "role"), "Its role."),
        Req("members", Refs(Actor, "members"), "Actor ids of its members."),
        Opt("decision_rule", Text("text"), "How it decides (consensus, vote, ...)."),
        Opt("meets", Text("text"), "How often it meets."));

    public static readonly ObjectType Governance = Obj("governance", "Who decides what, and how.",
        Req("bodies", new ListType(Body, "bodies"), "The governance bodies."),
        Opt("inter_firm", Obj("inter-firm governance", "Governance among the firms themselves.",
            Opt("leadership", Text("text"), "Who leads the firms' collective action."),
            Opt("participation_rules", Text("text"), "Membership and participation rules."),
            Opt("benefit_sharing", Text("text"), "How the benefits of collective action are shared between large and small firms.")), "Inter-firm governance."),
        Opt("capacity_building", Texts("activities"), "Capacity building for the institutions involved."));

    public static readonly ObjectType TargetGroup = Obj("target group", "A group of poor or excluded people the project targets.",
        Req("id", Text("id"), "Identifier.", "women"),
        Req("name", Text("name"), "Who they are."),
        Opt("poverty_criterion", Enum(PovertyCriteria, "criterion"), "How the group is poor or excluded."),
        Opt("share_of_beneficiaries", Ratio("share"), "Their share of the beneficiaries."),
        Opt("needs", Texts("needs"), "Their needs the project attends to."));

    public static readonly ObjectType Baseline = Obj("baseline", "Where the indicator starts.",
        Opt("value", Number("value"), "The baseline value."),
        Opt("year", Year("year"), "The year it was measured."),
        Opt("source", Text("text"), "Where it comes from."),
        Opt("status", Enum(BaselineStatuses, "status"), "`measured`, or `to-be-collected` when the value is not known yet."),
        Opt("due_month", Month("month"), "For a baseline still to be collected: the month of the project by which it is."));

    public static readonly ObjectType Control = Obj("control group", "The group the results are compared with, and what it costs to follow it.",
        Opt("group", Text("text"), "Who is in it (firms of a comparable cluster, non-participating firms, ...)."),
        Opt("same_country", Bool("flag"), "Whether it is in the same country."),
        Opt("baseline", Text("text"), "How and when its baseline is measured."),
        Opt("cost", Number("amount"), "What following it costs."));

    public static readonly ObjectType Computation = Obj("computation", "How a share or rate is computed.",
        Req("numerator", Text("text"), "What is counted.", "firms exporting"),
        Req("denominator", Text("text"), "What it is divided by.", "participating firms"));

    public static readonly ObjectType IndicatorLinks = Links("indicator",
        Opt("responsible", new ChoiceType([Actor_, Body], "the actor or body"), "The actor or governance body `responsible` names; null when none."),
        Opt("target_group", TargetGroup, "The target group `target_group` names; null when none."),
        Opt("target_year", Year("year"), "`target_year`, or the project's last year when it is not written."),
        Opt("measures", new ListType(Enum(Measures, "measure"), "measures"), "`measures` as a list, whether one value or a list was written."));

    public static readonly ObjectType Indicator_ = Obj("indicator", "An indicator of the results framework.",
        Req("id", Text("id"), "Identifier.", "cluster-sales"),
        Req("name", Text("name"), "What it measures."),
        Req("horizon", Enum(Horizons, "horizon"), "short (outputs), medium (outcomes) or long (impact)."),
        Opt("level", Enum(IndicatorLevels, "level"), "What is measured: the cluster as a whole, the beneficiaries the project serves directly, firms, institutions or the territory."),
        Opt("measures", new ChoiceType([Enum(Measures, "measure"), new ListType(Enum(Measures, "measure"), "measures")], "measure or measures"), "Which indicators of the evaluation framework (Annex II) it stands for: one, or a list."),
        Opt("unit", Text("unit"), "Unit of measure."),
        Opt("baseline", Baseline, "Baseline value, year and source."),
        Opt("target", Number("value"), "Target value; may be an expression such as `= baseline.value * 1.35`."),
        Opt("target_year", Year("year"), "The year the target is for; the project's last year when not written."),
        Opt("milestones", new DictionaryType(Number("value"), "yearly targets", DictionaryKeys.Years), "The yearly targets: year → value, e.g. `2028: 120`."),
        Opt("direction", Enum(Directions, "direction"), "Whether success is a rise (`increase`) or a fall (`decrease`)."),
        Opt("comparison", Enum(Comparisons, "comparison"), "What the result is compared with."),
        Opt("control", new ChoiceType([Text("text"), Control], "control group"), "The control group or comparable cluster: a sentence, or `{ group, same_country, baseline, cost }`."),
        Opt("computation", Computation, "For a share or rate: its numerator and denominator."),
        Opt("target_group", Ref(ReferenceTarget.TargetGroup, "target group id"), "For an indicator that tracks the poor or excluded: the targeting group it follows."),
        Opt("frequency", Text("text"), "How often it is measured."),
        Opt("means_of_verification", Text("text"), "Data source and method."),
        Opt("responsible", Ref(ActorOrBody, "actor or body id"), "Who measures it."),
        Opt("disaggregation", Texts("dimensions"), "Dimensions it is broken down by (firm size, owner sex, ...)."),
        Opt("definition", Text("text"), "A precise definition for the indicator sheet."),
        Opt("quality_notes", Text("text"), "Known data limitations and data-quality notes for the indicator sheet."),
        Opt("rationale", Text("text"), "Why the indicator is chosen: what it tells the board about the result it measures."),
        Opt("collection_method", Text("text"), "How the data are collected (instrument, sample, who collects), beside the source in `means_of_verification`."),
        LinksField(IndicatorLinks));

    public static readonly ObjectType ImpactLinks = Links("impact goal",
        Opt("indicators", new ListType(Indicator_, "indicators"), "The indicators `indicators` names."));

    public static readonly ObjectType Impact = Obj("impact goal", "The long-run goal, measured three years after the end.",
        Req("statement", Text("text"), "The goal."),
        Opt("indicators", Refs(Indicator, "indicators"), "Indicator ids."),
        Opt("assumptions", Texts("assumptions"), "Assumptions outside the project's control."),
        LinksField(ImpactLinks));

    public static readonly ObjectType OutcomeLinks = Links("outcome",
        Opt("indicators", new ListType(Indicator_, "indicators"), "The indicators `indicators` names."),
        Opt("impact", Impact, "The impact goal (`goals.impact`) the outcome serves; null when there is none."));

    public static readonly ObjectType Outcome = Obj("outcome", "A medium-run goal, reached by the end of the project.",
        Opt("id", Text("id"), "Identifier the outputs' `contributes_to` names.", "O1"),
        Req("statement", Text("text"), "The outcome."),
        Opt("indicators", Refs(Indicator, "indicators"), "Indicator ids."),
        Opt("assumptions", Texts("assumptions"), "Assumptions."),
        LinksField(OutcomeLinks));

    public static readonly ObjectType OutputLinks = Links("output",
        Opt("component", Text("id"), "The id of the component the output belongs to."),
        Opt("outcomes", new ListType(Outcome, "outcomes"), "The outcomes `contributes_to` names."),
        Opt("indicators", new ListType(Indicator_, "indicators"), "The indicators `indicators` names."));

    public static readonly ObjectType Output = Obj("output", "A short-run result of a component.",
        Req("id", Text("id"), "Identifier.", "C1.1"),
        Req("statement", Text("text"), "The output as a result statement."),
        Opt("indicators", Refs(Indicator, "indicators"), "Indicator ids that measure it."),
        Opt("contributes_to", Refs(ReferenceTarget.Outcome, "outcomes"), "Ids of the outcomes (`goals.outcomes`) it serves."),
        Opt("assumptions", Texts("assumptions"), "What must hold, outside the project's control, for the output to lead to its outcomes."),
        Opt("due_month", Month("month"), "Month of the project by which it is delivered."),
        LinksField(OutputLinks));

    public static readonly ObjectType ActivityLinks = Links("activity",
        Opt("component", Text("id"), "The id of the component the activity belongs to."),
        Opt("output", Output, "The output `output` names; null when none."));

    public static readonly ObjectType Activity = Obj("activity", "An activity of a component.",
        Req("id", Text("id"), "Identifier.", "C1.1.1"),
        Req("title", Text("title"), "What is done."),
        Opt("output", Ref(ReferenceTarget.Output, "output id"), "The id of the output it produces."),
        Opt("budget", Number("amount"), "Its budget."),
        Opt("responsible", Ref(ActorOrBody, "actor or body id"), "Who carries it out."),
        Opt("start_month", Month("month"), "Month of the project in which it starts (the work plan)."),
        Opt("due_month", Month("month"), "Month of the project by which it is done."),
        Opt("tags", Texts("tags"), "Free tags; `design` marks a participatory design activity, `streamlining` a business-climate reform."),
        LinksField(ActivityLinks));

    public static readonly ObjectType GrantRules = Obj("grant rules", "Rules of a matching-grant facility.",
        Opt("min_proponents", Int("entities"), "Fewest entities that must submit a proposal together."),
        Opt("proponents_must_include", new ListType(Enum(ActorSectors, "sector"), "sectors"), "Sectors that must be among the proponents."),
        Opt("innovative_for_region", Enum(["required", "preferred", "no"], "preference"), "Whether proposals innovative for the region are preferred."),
        Opt("environmental_compliance", Enum(["required", "preferred", "no"], "requirement"), "Whether environmental sustainability and compliance are required."),
        Opt("max_grant_share", Ratio("share"), "Largest share of an initiative the grant may pay."));

    public static readonly ObjectType Financing = Obj("financing", "A component's budget by source.",
        Opt("mif", Number("amount"), "Financed by the MIF (or the lead donor)."),
        Opt("counterpart", Number("amount"), "Counterpart contribution of local partners."),
        Opt("other", Number("amount"), "Other sources."));

    private static readonly ObjectType YearAmount = Obj("year amount", "The budget of one year.",
        Req("year", Year("year"), "The year."),
        Req("amount", Number("amount"), "The amount."));

    private static readonly ObjectType SourceAmount = Obj("source amount", "The budget from one source.",
        Req("source", Enum(["mif", "counterpart", "other"], "source"), "The source."),
        Req("amount", Number("amount"), "The amount."));

    public static readonly ObjectType ComponentLinks = Links("component",
        Opt("years", new ListType(YearAmount, "years"), "`by_year` as a list of `{ year, amount }`, by year."),
        Opt("sources", new ListType(SourceAmount, "sources"), "`financing` as a list of `{ source, amount }`: mif, counterpart, other, those written."),
        Opt("activities_budget", Number("amount"), "The sum of its activities' budgets (0 when none has one)."));

    public static readonly ObjectType Component = Obj("component", "A component of the project.",
        Req("id", Text("id"), "Identifier.", "C1"),
        Req("kind", Enum(ComponentKinds, "kind"), "Which of the typical components it is."),
        Req("title", Text("title"), "Its title."),
        Req("budget", Number("amount"), "Its budget."),
        Opt("financing", Financing, "Its budget by source: `{ mif, counterpart, other }`; the sources add up to `budget`."),
        Opt("by_year", new DictionaryType(Number("amount"), "budget by year", DictionaryKeys.Years), "Its budget by year: year → amount, e.g. `2028: 150000`; the years add up to `budget`."),
        Opt("outputs", new ListType(Output, "outputs"), "Its outputs (the short-run goals)."),
        Opt("activities", new ListType(Activity, "activities"), "Its activities."),
        Opt("grant_rules", GrantRules, "For a matching-grants component, the rules of the facility; for a business-development component, the criteria by which it funds initiatives."),
        LinksField(ComponentLinks));

    public static readonly ObjectType Goals = Obj("goals", "Goals by horizon; short-run goals are the components' outputs.",
        Opt("impact", Impact, "The long-run goal."),
        Opt("outcomes", new ListType(Outcome, "outcomes"), "The medium-run goals."));

    public static readonly ObjectType Targeting = Obj("targeting", "Pro-poor targeting and social inclusion.",
        Opt("groups", new ListType(TargetGroup, "groups"), "Target groups."),
        Opt("participation", new ListType(Enum(["design", "execution", "evaluation"], "phase"), "phases"), "Phases in which excluded groups take part."),
        Opt("barriers", Texts("barriers"), "Barriers to access and how they are addressed."),
        Opt("winners_and_losers", Text("text"), "Who may lose out as the cluster upgrades, and what the project does about it."),
        Opt("labor_standards", Text("text"), "Labour standards or social protection."),
        Opt("training_system", Text("text"), "The territorial training system for the local labour market."));

    public static readonly ObjectType EvaluationDetails = Obj("evaluation", "One evaluation: when, with what money, by whom, how.",
        Req("month", Month("month"), "Month of the project in which it takes place.", "24"),
        Opt("budget", Number("amount"), "What it costs."),
        Opt("responsible", Ref(ActorOrBody, "actor or body id"), "Who carries it out or commissions it."),
        Opt("method", Text("text"), "How it is done (e.g. difference in differences against the control group)."));

    private static ChoiceType Evaluation(string d) => new([Month("month"), EvaluationDetails], d);

    public static readonly IReadOnlyList<string> DisseminationKinds = ["local-event", "outside-event", "publication", "validation", "scaling-up"];

    public static readonly ObjectType DisseminationItem = Obj("dissemination activity", "An event or product that disseminates the results and lessons, and what kind it is.",
        Req("what", Text("text"), "The event or product.", "Paper at the national cluster congress"),
        Opt("kind", Enum(DisseminationKinds, "kind"), "`local-event` (local events and seminars), `outside-event` (taking part in events outside the territory), `publication`, `validation` (the experience systematised and validated with others) or `scaling-up` (towards scaling up or replicating the programme)."));

    public static readonly ObjectType MonitoringLinks = Links("M&E system",
        Opt("budget", Number("amount"), "`budget`, or when it is not written the budget of the lessons-learned component; null when there is neither."));

    public static readonly ObjectType Monitoring = Obj("monitoring", "The monitoring and evaluation system.",
        Opt("baseline_by_month", Month("month"), "Month by which the baseline is set."),
        Opt("unit", Obj("M&E unit", "The monitoring and evaluation unit.",
            Opt("staff", Int("people"), "People in the unit."),
            Opt("dedicated", Bool("flag"), "Whether they work only on M&E.")), "The M&E unit."),
        Opt("budget", Number("amount"), "The M&E budget; when not written, the budget of the lessons-learned component."),
        Opt("evaluations", Obj("evaluations", "Evaluation calendar, in months from the start; each a month, or `{ month, budget, responsible, method }`.",
            Opt("midterm", Evaluation("Midterm evaluation"), "Midterm evaluation: a month, or `{ month, budget, responsible, method }`."),
            Opt("final", Evaluation("Final evaluation"), "Final evaluation: a month, or `{ month, budget, responsible, method }`."),
            Opt("ex_post", Evaluation("Ex-post impact evaluation"), "Ex-post impact evaluation: a month, or `{ month, budget, responsible, method }`.")), "Evaluation calendar."),
        Opt("data_agreements", Text("text"), "How firm data are secured."),
        Opt("dissemination", new ListType(new ChoiceType([Text("one item"), DisseminationItem], "event or product"), "events or products"), "Dissemination of results and lessons: each a sentence, or `{ what, kind }`."),
        Opt("data_risks", Texts("risks"), "Risks to data collection."),
        LinksField(MonitoringLinks));

    public static readonly ObjectType Sustainability = Obj("sustainability", "What lasts after the project.",
        Opt("collective_action", Texts("forms"), "Forms of collective action expected to outlive the project."),
        Opt("owner_after_project", Text("text"), "Who carries the work on."),
        Opt("led_by", Enum(["firms", "institutions"], "who leads"), "Who mostly carries the collective action: `firms` (a group of firms) or `institutions` (a local institution coordinating the territory)."),
        Opt("public_policy", Text("text"), "Insertion into local or national public policy."),
        Opt("human_resources", Texts("efforts"), "Human resources development, including consortium managers."));

    public static readonly ObjectType PublicSector = Obj("public sector", "The role of the public sector.",
        Opt("roles", new ListType(Enum(["streamlining", "regulation-enforcement", "other"], "role"), "roles"), "Its roles in the project."),
        Opt("streamlining", Obj("streamlining", "A bureaucratic streamlining reform.",
            Opt("description", Text("text"), "What is streamlined."),
            Opt("whole_business_community", Bool("flag"), "Whether it applies to every firm, not only project beneficiaries."),
            Opt("replaces_old_system", Bool("flag"), "Whether it becomes the only system in force."),
            Opt("central_government_support", Bool("flag"), "Whether the central government supports it.")), "Streamlining details."));

    public static readonly ObjectType Reference = Obj("reference", "An earlier project, method or tool the design builds on.",
        Req("title", Text("text"), "What it is."),
        Opt("kind", Enum(["project", "method", "tool", "evaluation", "other"], "kind"), "Kind."),
        Opt("url", Text("text"), "Where to find it."));

    public static readonly ObjectType RiskLinks = Links("risk",
        Opt("owner", Actor_, "The actor `owner` names; null when none."));

    public static readonly ObjectType Risk = Obj("risk", "A risk and its mitigation.",
        Opt("id", Text("id"), "Identifier.", "R1"),
        Req("statement", Text("text"), "The risk."),
        Opt("probability", Enum(Levels, "level"), "How likely it is: low, medium or high."),
        Opt("impact", Enum(Levels, "level"), "How much harm it would do: low, medium or high."),
        Opt("level", Enum(Levels, "level"), "Its overall level (probability × impact), as written before the two were separate."),
        Opt("owner", Ref(Actor, "actor id"), "The actor who watches it and carries out the mitigation."),
        Opt("at", Enum(ResultLevels, "level"), "The level of the results chain it threatens: activity, output, outcome or impact."),
        Opt("mitigation", Text("text"), "How it is mitigated."),
        LinksField(RiskLinks));

    public static readonly ObjectType Evidence = Obj("evidence", "One piece of evidence for the diagnosis.",
        Req("source", Text("text"), "Where it comes from (a survey, a study, a census).", "Sebrae firm survey"),
        Opt("year", Year("year"), "The year of the source."),
        Req("finding", Text("text"), "What it shows."));

    public static readonly ObjectType ConstraintLinks = Links("constraint",
        Opt("raised_by", new ListType(Actor_, "actors"), "The actors `raised_by` names."),
        Opt("addressed_by", new ListType(new ChoiceType([Activity, Output], "activity or output"), "elements"), "The activities and outputs `addressed_by` names."));

    public static readonly ObjectType Constraint = Obj("constraint", "A constraint to the cluster's competitiveness, who raised it and what addresses it.",
        Req("id", Text("id"), "Identifier.", "K1"),
        Req("text", Text("text"), "The constraint."),
        Opt("raised_by", Refs(Actor, "actors"), "Actor ids of those who raised it: firms' associations and institutions alike."),
        Opt("addressed_by", Refs(ReferenceTarget.ActivityOrOutput, "activities or outputs"), "Ids of the activities or outputs that address it."),
        LinksField(ConstraintLinks));

    public static readonly ObjectType Diagnosis = Obj("diagnosis", "The analysis the design is built on: the problem, the evidence, and the constraints raised by firms and institutions.",
        Opt("problem", Text("text"), "The development problem the project addresses."),
        Opt("evidence", new ListType(Evidence, "evidence"), "Evidence, each `{ source, year, finding }`."),
        Opt("constraints", new ListType(Constraint, "constraints"), "The constraints, each with who raised it and what addresses it."));

    public static readonly ObjectType Suppression = Obj("suppression", "A reviewed exception to a rule.",
        Req("rule", Text("rule id"), "The rule id.", "PUB001"),
        Opt("element", Text("id"), "For a rule checked per element: the id of the one element."),
        Opt("reason", Text("text"), "Why the rule does not apply; shown in the review report. A suppression without one is itself a finding (SUP001)."));

    public static readonly ObjectType Root = Obj("project file", "A territorial competitiveness project.",
        Req("designer", Int("version", false), "Format version; always 1.", "1"),
        Req("project", Project, Project.Description),
        Req("territory", Territory, Territory.Description),
        Req("sectors", new ListType(Sector, "sectors"), "The one or two strategic sectors or supply chains."),
        Req("actors", new ListType(Actor_, "actors"), "The organisations involved."),
        Opt("governance", Governance, Governance.Description),
        Opt("diagnosis", Diagnosis, Diagnosis.Description),
        Req("components", new ListType(Component, "components"), "The components."),
        Opt("goals", Goals, Goals.Description),
        Opt("indicators", new ListType(Indicator_, "indicators"), "The indicators."),
        Opt("targeting", Targeting, Targeting.Description),
        Opt("monitoring", Monitoring, Monitoring.Description),
        Opt("sustainability", Sustainability, Sustainability.Description),
        Opt("environment", Obj("environment", "Environmental sustainability.",
            Opt("compliance", Texts("standards"), "Environmental standards and regulations complied with.")), "Environmental sustainability."),
        Opt("public_sector", PublicSector, PublicSector.Description),
        Opt("references", new ListType(Reference, "references"), "Earlier projects, methods and tools the design builds on."),
        Opt("risks", new ListType(Risk, "risks"), "Risks."),
        Opt("derived", new DictionaryType(Number("expression"), "named expressions"), "Named expressions any other expression may use, e.g. `mif_share: = project.budget.mif / (project.budget.mif + project.budget.counterpart)`."),
        Opt("suppress", new ListType(Suppression, "suppressions"), "Reviewed exceptions to rules, each with its reason."));

    /// <summary>Top-level sections that are lists; an absent one reads as an empty list in expressions.</summary>
    public static bool IsListSection(string key) => Root.Find(key)?.Type is ListType;
}
