using System.Text.RegularExpressions;
using Designer.Diagnostics;
using Designer.Localization;
using Designer.Projects;
using Designer.Projects.Yaml;
using Designer.Reporting.Rendering;
using Designer.Rules;
using Xunit;

namespace Designer.Tests.Rules;

/// <summary>
/// The built-in pack's findings name what they point at as a board reads it, in English, Spanish and Portuguese:
/// an indicator, sector, target group, component, output, constraint or risk by its name (its id only when it has
/// none), and the format's codes (horizons, phases, Annex II measures) in words; a key the design team edits stays
/// in code quotes, where the review's board text drops it.
/// </summary>
public sealed partial class FindingNamesTests
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        {
            "POR007", "en", "{ targeting: { groups: [{ id: artisan-women, name: Mujeres artesanas, poverty_criterion: gender }] }, indicators: [{ id: a, disaggregation: [municipality] }] }",
            "No indicator shows how these target groups fare: “Mujeres artesanas”."
        },
        {
            "POR007", "es", "{ targeting: { groups: [{ id: artisan-women, name: Mujeres artesanas, poverty_criterion: gender }] }, indicators: [{ id: a, disaggregation: [municipality] }] }",
            "Ningún indicador muestra cómo les va a estos grupos meta: “Mujeres artesanas”."
        },
        {
            "POR007", "pt", "{ targeting: { groups: [{ id: bordadeiras, name: Bordadeiras em domicílio, poverty_criterion: gender }] }, indicators: [{ id: a, disaggregation: [municipality] }] }",
            "Nenhum indicador mostra como estão estes grupos-alvo: “Bordadeiras em domicílio”."
        },
        {
            // Without a name, the id is all there is to show.
            "POR007", "en", "{ targeting: { groups: [{ id: w }] }, indicators: [{ id: a }] }",
            "No indicator shows how these target groups fare: “w”."
        },
        {
            "POR002", "en", "{ targeting: { participation: [execution] } }",
            "The target groups do not take part in every phase; missing: design, evaluation."
        },
        {
            "POR002", "es", "{ targeting: { participation: [execution] } }",
            "Los grupos meta no participan en todas las fases; faltan (`targeting.participation`): diseño, evaluación."
        },
        {
            "POR002", "pt", "{ targeting: { participation: [design] } }",
            "Os grupos-alvo não participam de todas as fases; faltam (`targeting.participation`): execução, avaliação."
        },
        {
            "GOV006", "en", "{ sectors: [{ id: furniture, name: Wood furniture and handicrafts, sme_share: 0.97 }], governance: { bodies: [] } }",
            "Large firms take part in “Wood furniture and handicrafts”, but the design does not say how the benefits of collective action are shared between large and small firms."
        },
        {
            "GOV006", "es", "{ sectors: [{ id: furniture, name: Muebles de madera y artesanías, sme_share: 0.97 }], governance: { bodies: [] } }",
            "Participan empresas grandes en “Muebles de madera y artesanías”, pero el diseño no indica cómo se reparten los beneficios de la acción colectiva entre empresas grandes y pequeñas."
        },
        {
            "MON020", "es", "{ indicators: [{ id: cluster-exports, name: Exportaciones de muebles, means_of_verification: registros de aduanas }], monitoring: {} }",
            "La línea de base o los medios de verificación de “Exportaciones de muebles” se apoyan en datos secundarios (cuentas, estadísticas, registros, aduanas), pero no se indica ningún riesgo para los datos."
        },
        {
            "MON011", "en", "{ indicators: [{ id: b, horizon: medium, measures: non-firm-actors }] }",
            "Medium-run measures not covered: the share of cluster firms with competitive strategies (`firms-with-competitive-strategies`), joint activities of more than three firms (`joint-activities`), the share of participating firms whose competitive position improved (`firms-improved-position`)."
        },
        {
            "MON011", "es", "{ indicators: [{ id: b, horizon: medium, measures: non-firm-actors }] }",
            "Ningún indicador de mediano plazo mide la proporción de empresas del conglomerado con estrategias competitivas (`firms-with-competitive-strategies`), las actividades conjuntas de más de tres empresas (`joint-activities`), la proporción de empresas participantes que mejoraron su posición competitiva (`firms-improved-position`)."
        },
        {
            "MON011", "pt", "{ indicators: [{ id: b, horizon: medium, measures: non-firm-actors }] }",
            "Nenhum indicador de médio prazo mede a proporção de empresas do cluster com estratégias competitivas (`firms-with-competitive-strategies`), as atividades conjuntas de mais de três empresas (`joint-activities`), a proporção de empresas participantes que melhoraram sua posição competitiva (`firms-improved-position`)."
        },
        {
            "MON012", "en", "{ components: [{ id: C1, kind: network }], indicators: [{ id: a, measures: strategic-plan }, { id: c, measures: participating-firms }] }",
            "Short-run measures not covered: an institutional arrangement that joins the actors (`institutional-arrangement`)."
        },
        {
            "MON012", "es", "{ components: [{ id: C1, kind: network }], indicators: [{ id: a, measures: strategic-plan }, { id: c, measures: participating-firms }] }",
            "Ningún indicador mide el arreglo institucional que reúne a los actores (`institutional-arrangement`)."
        },
        {
            "MON012", "pt", "{ components: [{ id: C1, kind: network }], indicators: [{ id: a, measures: strategic-plan }, { id: c, measures: participating-firms }] }",
            "Nenhum indicador mede o arranjo institucional que reúne os atores (`institutional-arrangement`)."
        },
        {
            "MON010", "es", "{ indicators: [{ id: b, horizon: long, measures: cluster-sales }, { id: gdp, name: PIB del departamento, horizon: long }] }",
            "Agregue un indicador de largo plazo del crecimiento del PIB local comparado con el del PIB nacional (`{ measures: local-gdp, comparison: national }`). Si “PIB del departamento” ya mide alguno de ellos, etiquételo con `measures:` en lugar de agregar un indicador."
        },
        {
            "LOG003", "pt", "{ components: [{ id: C1, outputs: [{ id: C1.1, statement: Plano estratégico aprovado, indicators: [c] }] }], goals: {}, indicators: [{ id: c, name: Vendas do cluster, horizon: long }] }",
            "Indicadores vinculados a um resultado de outro nível: “Vendas do cluster” (longo prazo) no produto “Plano estratégico aprovado”."
        },
        {
            "LOG003", "en", "{ components: [{ id: C1, outputs: [{ id: C1.1, statement: Strategic plan approved, indicators: [c] }] }], goals: {}, indicators: [{ id: c, name: Sales of the cluster, horizon: long }] }",
            "Indicators attached to a result of another level: “Sales of the cluster” (long run) on the output “Strategic plan approved”."
        },
        {
            "DIA003", "en", "{ diagnosis: { constraints: [{ id: K2, text: No workshop can fill a container order alone }] } }",
            "The constraint “No workshop can fill a container order alone” is addressed by no activity or output."
        },
        {
            "CMP005", "es", "{ components: [{ id: C2, kind: business-development, title: Iniciativas de desarrollo empresarial }] }",
            "El componente “Iniciativas de desarrollo empresarial” no establece reglas para financiar iniciativas (`grant_rules`)."
        },
        {
            "RSK004", "es", "{ risks: [{ id: R1, statement: Las empresas no comparten datos, level: high, mitigation: acuerdos de datos }] }",
            "El riesgo “Las empresas no comparten datos” no indica su probabilidad ni su impacto ni su responsable (su `level` por sí solo no indica cuál de los dos es)."
        },
        {
            "RSK004", "pt", "{ risks: [{ id: R1, statement: As empresas não compartilham dados, probability: high, impact: high }] }",
            "O risco “As empresas não compartilham dados” não informa seu responsável."
        },
        {
            "MON003", "en", "{ indicators: [{ id: a, horizon: medium }] }",
            "No indicator for the short, long run."
        },
        {
            "MON003", "es", "{ indicators: [{ id: a, horizon: medium }] }",
            "No hay indicadores de corto plazo, ni de largo plazo."
        },
        {
            "MON003", "pt", "{ indicators: [{ id: a, horizon: short }, { id: b, horizon: long }] }",
            "Não há indicadores de médio prazo."
        },
        {
            "MON016", "pt", "{ indicators: [{ id: i, name: PIB local, horizon: long, baseline: { value: 1 }, target: 2 }] }",
            "O indicador “PIB local” (longo prazo) não tem linha de base completa (valor e ano) nem meta."
        },
        {
            "LOG005", "es", "{ indicators: [{ id: a, name: Ventas por taller, direction: increase, baseline: { value: 10 }, target: 8 }] }",
            "El indicador “Ventas por taller” debería aumentar a partir de su línea de base 10, pero su meta (8) o alguno de sus hitos no lo hace."
        },
        {
            "TER002", "es", "{ territory: { coincides_with_jurisdiction: false, jurisdictions: [Masaya, Catarina, Niquinohomo] }, actors: [{ id: m, name: Alcaldía de Masaya, sector: public }], governance: { bodies: [{ id: c, members: [m] }] } }",
            "Ningún actor público de estas jurisdicciones integra una instancia de gobernanza: Catarina, Niquinohomo."
        },
        {
            "PUB001", "en", "{ public_sector: {} }",
            "State the role of the public sector: streamlining procedures or enforcing regulation (`public_sector.roles`)."
        },
        {
            "MON007", "es", "{ monitoring: { unit: { staff: 1, dedicated: true } } }",
            "El proyecto de mayor retorno entre los revisados tuvo dos personas dedicadas exclusivamente al monitoreo y la evaluación; considere una unidad con dedicación exclusiva."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_finding_names_what_it_points_at_and_writes_codes_in_words(string ruleId, string language, string snippet, string expected) =>
        Assert.Equal(expected, MessageOf(ruleId, language, snippet));

    [Theory]
    [InlineData("MON011", "es", "{ indicators: [{ id: b, horizon: medium, measures: [non-firm-actors, joint-activities, firms-improved-position] }] }",
        "Ningún indicador de mediano plazo mide la proporción de empresas del conglomerado con estrategias competitivas.")]
    [InlineData("PUB001", "pt", "{ public_sector: {} }",
        "Informe o papel do setor público: desburocratização ou fiscalização do cumprimento da regulação.")]
    [InlineData("MON010", "en", "{ indicators: [{ id: b, horizon: long, measures: cluster-sales }] }",
        "Add a long-run indicator of local GDP growth compared with national GDP growth.")]
    public void The_board_reads_the_words_without_the_codes_the_design_team_edits(string ruleId, string language, string snippet, string expected) =>
        Assert.Equal(expected, FindingWords.Plain(MessageOf(ruleId, language, snippet), new Dictionary<string, string>()));

    [Theory]
    [InlineData("mif-territorial.yaml")]
    [InlineData("mif-territorial.es.yaml")]
    [InlineData("mif-territorial.pt.yaml")]
    public void No_message_prints_an_element_s_id_where_it_could_print_its_name(string file)
    {
        // `{{ it.id }}`, `'...' + it.id + '...'` and `.map(x, x.id)` print an id; `has(it.name) ? it.name : it.id`
        // prints it only for an element that has no name.
        var printed = File.ReadAllLines(TestPaths.InRepo("rules", file))
            .Where(l => l.TrimStart().StartsWith("message:", StringComparison.Ordinal))
            .SelectMany(l => PrintedId().Matches(l).Select(m => m.Value))
            .ToList();
        Assert.True(printed.Count == 0, string.Join("\n", printed));
    }

    private static string MessageOf(string ruleId, string language, string snippet)
    {
        Assert.True(Languages.TryParse(language, out var lang));
        var rule = RulePackLoader.BuiltIn.In(lang).Rules.Single(r => r.Id == ruleId);
        var bag = new DiagnosticBag();
        var root = YamlValues.ToValue(YamlReader.Read("case.yaml", snippet, bag, YamlLimits.Default)!).AsMap;
        Assert.Empty(bag.ToOrderedList());
        var findings = new List<Finding>();
        Checker.Run(rule, root, new ProjectScope(root), findings);
        return Assert.Single(findings).Message;
    }

    [GeneratedRegex(@"\{\{\s*\w+\.id\s*\}\}|\+\s*\w+\.id\s*[+)]|\.map\(\w+,\s*\w+\.id\)")]
    private static partial Regex PrintedId();
}
