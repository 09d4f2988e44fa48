using System.Collections.Concurrent;
using Designer.Localization;
using Designer.Reporting.Rendering;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>
/// The sentences the documents generate, word for word in English, Spanish and Portuguese: lists with the
/// language's "and", counts in words, numbers inside formulas and milestones, months in words, nouns that carry the
/// verb's agreement, and the terms a board reads the same in every document.
/// </summary>
public sealed class DocumentWordingTests
{
    private static readonly ConcurrentDictionary<(string, Language), RenderResult> Rendered = new();

    private static string Document(string example, Language language, string document)
    {
        var result = Rendered.GetOrAdd((example, language), key => language == Language.English
            ? RenderTestHelpers.RenderExampleInEnglish(key.Item1)
            : RenderTestHelpers.RenderExample(key.Item1, new RenderOptions { ToolVersion = "test", Language = key.Item2 }));
        return result.Files.Single(f => f.Key.EndsWith($"-{document}.md", StringComparison.Ordinal)).Value;
    }

    [Theory]
    [InlineData(Language.English, "Masaya, Catarina and Niquinohomo")]
    [InlineData(Language.Spanish, "Masaya, Catarina y Niquinohomo")]
    [InlineData(Language.Portuguese, "Masaya, Catarina e Niquinohomo")]
    public void A_list_in_a_sentence_takes_the_languages_and_before_the_last_item(Language language, string expected) =>
        Assert.Equal(expected, ProseList.Join(["Masaya", "Catarina", "Niquinohomo"], Labels.For(language)));

    [Theory]
    [InlineData("Itabaianinha", "Tobias Barreto e Itabaianinha")]
    [InlineData("“Hilados del sur”", "Tobias Barreto e “Hilados del sur”")]
    [InlineData("Ínsula", "Tobias Barreto e Ínsula")]
    [InlineData("hierro", "Tobias Barreto y hierro")]
    [InlineData("Catarina", "Tobias Barreto y Catarina")]
    public void Spanish_writes_e_for_y_before_the_sound_i(string last, string expected) =>
        Assert.Equal(expected, ProseList.Join(["Tobias Barreto", last], Labels.For(Language.Spanish)));

    [Fact]
    public void Portuguese_and_English_keep_their_and_before_the_sound_i()
    {
        Assert.Equal("Simão Dias e Itabaianinha", ProseList.Join(["Simão Dias", "Itabaianinha"], Labels.For(Language.Portuguese)));
        Assert.Equal("Simão Dias and Itabaianinha", ProseList.Join(["Simão Dias", "Itabaianinha"], Labels.For(Language.English)));
    }

    [Theory]
    [InlineData(Language.English, "workshops, pottery; a road; and a route", "workshops, pottery and a route")]
    [InlineData(Language.Spanish, "workshops, pottery; a road; y a route", "workshops, pottery y a route")]
    [InlineData(Language.Portuguese, "workshops, pottery; a road; e a route", "workshops, pottery e a route")]
    public void Items_with_commas_of_their_own_are_parted_by_semicolons_and_two_take_and_alone(Language language, string three, string two)
    {
        Assert.Equal(three, ProseList.Join(["workshops, pottery", "a road", "a route"], Labels.For(language), semicolons: true));
        Assert.Equal(two, ProseList.Join(["workshops, pottery", "a route"], Labels.For(language), semicolons: true));
    }

    [Theory]
    [InlineData(Language.English, 1, "one person")]
    [InlineData(Language.English, 2, "two people")]
    [InlineData(Language.English, 12, "12 people")]
    [InlineData(Language.Spanish, 1, "una persona")]
    [InlineData(Language.Spanish, 2, "dos personas")]
    [InlineData(Language.Spanish, 1200, "1.200 personas")]
    [InlineData(Language.Portuguese, 1, "uma pessoa")]
    [InlineData(Language.Portuguese, 2, "duas pessoas")]
    [InlineData(Language.Portuguese, 12, "12 pessoas")]
    public void A_count_of_staff_below_ten_is_written_in_words_with_the_nouns_gender(Language language, int count, string expected) =>
        Assert.Equal(expected, Labels.For(language).Plural("count.staff", count));

    [Theory]
    [InlineData(Language.English, "= baseline.value * 1.35", "the baseline × 1.35")]
    [InlineData(Language.Spanish, "= baseline.value * 1.5", "línea de base × 1,5")]
    [InlineData(Language.Portuguese, "= baseline.value * 1.35", "linha de base × 1,35")]
    [InlineData(Language.Portuguese, @"= derived.grant\_budget * 0.5", "grant budget × 0,5")]
    [InlineData(Language.Spanish, "= target / 1000.25", "meta ÷ 1.000,25")]
    public void A_target_formula_is_said_in_words_with_the_languages_numbers(Language language, string formula, string expected) =>
        Assert.Equal(expected, IndicatorSheets.FormulaInWords(formula, Labels.For(language)));

    [Theory]
    [InlineData(Language.English, 0.23, "23.0%")]
    [InlineData(Language.Spanish, 0.23, "23,0%")]
    [InlineData(Language.Portuguese, 0.135, "13,5%")]
    [InlineData(Language.Portuguese, 1.0, "100,0%")]
    public void A_column_of_shares_keeps_one_decimal(Language language, double share, string expected) =>
        Assert.Equal(expected, TemplateHelpers.FixedPercent(share, 1, language));

    [Theory]
    [InlineData("Add `means_of_verification` and `frequency`.", "Add `means_of_verification` and `frequency`.")]
    [InlineData("Set `proponents_must_include: [private, knowledge]` in grant_rules.", @"Set `proponents_must_include: [private, knowledge]` in grant\_rules.")]
    [InlineData("A lone ` backtick and *stars*", @"A lone \` backtick and \*stars\*")]
    [InlineData("no code, [brackets]", @"no code, \[brackets\]")]
    public void The_design_teams_text_keeps_its_code_as_code_and_escapes_the_rest(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.EscapeWithCode(text));

    [Theory]
    [InlineData("masaya-furniture", Language.Spanish, "**NI-M1021** · Nicaragua · 36 meses a partir de julio de 2027 · presupuesto del proyecto USD 1.350.000 (FOMIN: 66,7%)")]
    [InlineData("masaya-furniture", Language.English, "**NI-M1021** · Nicaragua · 36 months from July 2027 · project budget USD 1,350,000 (MIF: 66.7%)")]
    [InlineData("sergipe-apparel", Language.Portuguese, "**BR-T1234** · Brasil · 48 meses a partir de março de 2027 · orçamento do projeto USD 2.300.000 (FUMIN: 54,3%)")]
    public void The_briefs_first_line_gives_the_start_month_in_words_and_says_the_budget_is_the_projects(string example, Language language, string expected) =>
        Assert.Contains(expected + "\n", Document(example, language, "board-brief"), StringComparison.Ordinal);

    [Theory]
    [InlineData("masaya-furniture", Language.Spanish, "**Masaya y los Pueblos Blancos**, que abarca Masaya, Catarina, San Juan de Oriente y Niquinohomo, constituye una sola región económica porque comparte talleres familiares de muebles de madera, cerámica y hamacas y una ruta turística por los Pueblos Blancos.")]
    [InlineData("sergipe-apparel", Language.Portuguese, "**Agreste Sergipano**, que abrange Tobias Barreto, Itabaianinha, Poço Verde e Simão Dias, constitui uma única região econômica por compartilhar: base econômica em confecções, bordados e oficinas de costura familiares; um contingente de cerca de 9.000 costureiras e bordadeiras qualificadas; e acesso rodoviário comum aos mercados de Aracaju e Salvador.")]
    [InlineData("sergipe-apparel", Language.English, "**Agreste Sergipano**, spanning Tobias Barreto, Itabaianinha, Poço Verde and Simão Dias, is one economic region because it shares base econômica em confecções, bordados e oficinas de costura familiares; um contingente de cerca de 9.000 costureiras e bordadeiras qualificadas; and acesso rodoviário comum aos mercados de Aracaju e Salvador.")]
    public void The_territory_is_one_sentence_with_its_lists_joined_by_and(string example, Language language, string expected) =>
        Assert.Contains(expected, Document(example, language, "board-brief"), StringComparison.Ordinal);

    [Theory]
    [InlineData(Language.Portuguese, "; regra de decisão: o coordenador do projeto decide dentro do plano de trabalho anual aprovado pelo conselho; reúne-se semanalmente")]
    [InlineData(Language.English, "; decision rule: o coordenador do projeto decide dentro do plano de trabalho anual aprovado pelo conselho; meets ")]
    public void A_decision_rule_written_as_a_sentence_reads_after_its_label(Language language, string expected) =>
        Assert.Contains(expected, Document("sergipe-apparel", language, "board-brief"), StringComparison.Ordinal);

    [Fact]
    public void The_theory_of_change_names_the_activity_so_the_verb_agrees_and_tells_outputs_of_one_outcome_together()
    {
        var pt = Document("sergipe-apparel", Language.Portuguese, "board-brief");
        Assert.Contains("No componente “Fortalecimento da rede territorial de desenvolvimento produtivo”, a atividade “Oficinas de diagnóstico participativo nos quatro municípios” entrega o produto “Plano estratégico territorial aprovado por consenso do conselho”; as atividades “Facilitação do conselho e de seus grupos de trabalho” e “Capacitação em governança e gestão de projetos para as instituições membros” entregam o produto “Conselho Territorial de Competitividade instalado, com regimento interno escrito”; esses produtos contribuem para “Empresas e instituições do território cooperam de forma regular”; a atividade “Salas do Empreendedor", pt, StringComparison.Ordinal);
        Assert.Contains("Esses resultados conduzem ao objetivo de longo prazo (impacto):", pt, StringComparison.Ordinal);
        var es = Document("masaya-furniture", Language.Spanish, "board-brief");
        Assert.Contains("; la actividad “Convocatorias de propuestas” no está vinculada a ningún producto.", es, StringComparison.Ordinal);
        Assert.Contains("; las actividades “Visita de intercambio a un conglomerado de muebles en el exterior” y “Publicación de un directorio del conglomerado” no están vinculadas a ningún producto.", es, StringComparison.Ordinal);
        Assert.Contains(" Este resultado conduce al objetivo de largo plazo (impacto): “Los talleres de muebles y artesanías de Masaya venden más y exportan más”.", es, StringComparison.Ordinal);
        Assert.Contains("These outcomes lead to the long-run goal:", Document("sergipe-apparel", Language.English, "board-brief"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.English, "| Dimension | Score | Requirements not met (points lost) |", "| Probability / Impact |", "| *Share of total* | *13.5%* | *28.3%* | *30.9%* | *23.0%* | *4.3%* | *100%* |")]
    [InlineData(Language.Spanish, "| Dimensión | Puntaje | Requisitos no cumplidos (puntos perdidos) |", "| Probabilidad / Impacto |", "| *Participación en el total* | *13,5%* | *28,3%* | *30,9%* | *23,0%* | *4,3%* | *100%* |")]
    [InlineData(Language.Portuguese, "| Dimensão | Pontuação | Requisitos não atendidos (pontos perdidos) |", "| Probabilidade / Impacto |", "| *Participação no total* | *13,5%* | *28,3%* | *30,9%* | *23,0%* | *4,3%* | *100%* |")]
    public void The_briefs_tables_read_the_right_way_round(Language language, string score, string risks, string shares)
    {
        var brief = Document("sergipe-apparel", language, "board-brief");
        Assert.Contains(score, brief, StringComparison.Ordinal);
        Assert.Contains(risks, brief, StringComparison.Ordinal);
        Assert.Contains(shares, brief, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Portuguese,
        "| Linha de base | 6 | agosto de 2027 | valores definidos para todos os indicadores | — | — | — |",
        "| Avaliação de meio termo | 24 | fevereiro de 2029 | avanço dos produtos e resultados | avanço em relação aos marcos anuais, analisado com o conselho | Unidade Técnica do Projeto | USD 60.000 |",
        "| 2034 | fevereiro de 2034 (mês 84) | Avaliação ex post: impacto três anos após o término | Secretaria de Estado do Desenvolvimento Econômico |",
        "Duas pessoas, com dedicação exclusiva ao monitoramento e à avaliação.")]
    [InlineData(Language.Spanish,
        "| Línea de base | 6 | agosto de 2027 | valores de línea de base fijados para todos los indicadores | — | — | — |",
        "| Evaluación de medio término | 24 | febrero de 2029 | avance de productos y resultados | avanço em relação aos marcos anuais, analisado com o conselho | Unidade Técnica do Projeto | USD 60.000 |",
        "| 2034 | febrero de 2034 (mes 84) | Evaluación ex post: impacto tres años después del cierre | Secretaria de Estado do Desenvolvimento Econômico |",
        "Dos personas, con dedicación exclusiva al monitoreo y la evaluación.")]
    [InlineData(Language.English,
        "| Baseline | 6 | August 2027 | baseline values set for every indicator | — | — | — |",
        "| Midterm evaluation | 24 | February 2029 | progress on outputs and outcomes | avanço em relação aos marcos anuais, analisado com o conselho | Unidade Técnica do Projeto | USD 60,000 |",
        "| 2034 | February 2034 (month 84) | Ex-post evaluation: impact, three years after the end | Secretaria de Estado do Desenvolvimento Econômico |",
        "Two people, working only on monitoring and evaluation.")]
    public void The_me_plans_evaluation_rows_and_unit_are_in_the_documents_language(Language language, string baseline, string midterm, string expost, string unit)
    {
        var plan = Document("sergipe-apparel", language, "me-plan");
        Assert.Contains(baseline, plan, StringComparison.Ordinal);
        Assert.Contains(midterm, plan, StringComparison.Ordinal);
        Assert.Contains(expost, plan, StringComparison.Ordinal);
        Assert.Contains(unit, plan, StringComparison.Ordinal);
    }

    [Fact]
    public void The_me_plans_data_risks_and_dissemination_read_as_lists_with_and()
    {
        var plan = Document("sergipe-apparel", Language.Portuguese, "me-plan");
        Assert.Contains("- Riscos para a coleta de dados: as empresas subdeclaram as vendas e as oficinas domiciliares são difíceis de alcançar nas pesquisas\n", plan, StringComparison.Ordinal);
        Assert.Matches(@"- Disseminação de resultados e lições: fórum territorial anual [^\n]+, [^\n]+ e um guia de replicação para os demais territórios de confecções de Sergipe", plan);
    }

    [Fact]
    public void The_me_plan_says_a_missing_budget_and_a_part_time_unit_as_a_professional_writes_them()
    {
        var plan = Document("masaya-furniture", Language.Spanish, "me-plan");
        Assert.Contains("NI-M1021 · julio de 2027 a junio de 2030 (36 meses)", plan, StringComparison.Ordinal);
        Assert.Contains("No se indica: el plan no asigna presupuesto al M&E y ningún componente financia el monitoreo.", plan, StringComparison.Ordinal);
        Assert.Contains("Una persona, a tiempo parcial.", plan, StringComparison.Ordinal);
        Assert.Contains("Línea de base del indicador “Talleres que aplican nuevos diseños o técnicas de acabado”", plan, StringComparison.Ordinal);
        Assert.Contains("- Acuerdos de acceso a datos: ", plan, StringComparison.Ordinal);
        Assert.Contains(". Los indicadores con hito o meta en un año se comparan con ese valor.", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("| none |", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_sheets_write_milestones_and_formulas_with_the_languages_numbers()
    {
        var pt = Document("sergipe-apparel", Language.Portuguese, "indicator-sheets");
        Assert.Contains("| Marcos por ano | 2028: 86.000; 2029: 90.000; 2030: 96.000; 2031: 102.000; 2034: 113.400 |", pt, StringComparison.Ordinal);
        Assert.Contains("| Marcos por ano | 2029: 0,5; 2031: 1; 2034: 1,5 |", pt, StringComparison.Ordinal);
        Assert.Contains("| Meta | 113.400 até 2034 (linha de base × 1,35) |", pt, StringComparison.Ordinal);
        Assert.Contains("| Nível e enunciado que mede | Impacto: ", pt, StringComparison.Ordinal);
        // The unit has its own row; a computation row that only repeated it is gone, and so are the plan's risks.
        Assert.DoesNotContain("| Cálculo | Medido em", pt, StringComparison.Ordinal);
        Assert.DoesNotContain("Riscos para a coleta de dados em todo o plano", pt, StringComparison.Ordinal);
        Assert.Contains("| Cálculo | Numerador: ", pt, StringComparison.Ordinal);
        var es = Document("masaya-furniture", Language.Spanish, "indicator-sheets");
        Assert.Contains("| Meta | 6.300.000 en 2030 (línea de base × 1,5) |", es, StringComparison.Ordinal);
        Assert.Contains("| Meta | 12 en 2030 |", es, StringComparison.Ordinal);
        Assert.Contains("El equipo de proyecto aún no ha proporcionado: definición, desagregación, método de levantamiento, hitos anuales, justificación y limitaciones conocidas de los datos.", es, StringComparison.Ordinal);
        Assert.Contains("| Target | 113,400 by 2034 (the baseline × 1.35) |", Document("sergipe-apparel", Language.English, "indicator-sheets"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_logframe_names_who_reports_and_leaves_no_cell_empty()
    {
        var es = Document("masaya-furniture", Language.Spanish, "logframe");
        Assert.Contains("NI-M1021 · Nicaragua · julio de 2027 a junio de 2030 · USD 1.350.000", es, StringComparison.Ordinal);
        Assert.Contains("| Informes de avance (responsables: Instituto Nacional Tecnológico y Cámara del Mueble de Madera de Masaya); informes financieros |", es, StringComparison.Ordinal);
        Assert.Contains("| Informes de avance (responsable: Comité Directivo del Conglomerado); informes financieros |", es, StringComparison.Ordinal);
        Assert.Contains("| Talleres que aplican nuevos diseños o técnicas de acabado (talleres) | por levantar | — | 100 | 250 | — | 250 (2030) |", es, StringComparison.Ordinal);
        var pt = Document("sergipe-apparel", Language.Portuguese, "logframe");
        Assert.Contains("| Resultado O1 | idem | Instituições, além das empresas, que participam de atividades conjuntas (instituições) |", pt, StringComparison.Ordinal);
        Assert.Contains("| Relatórios de progresso (responsáveis: SENAI Sergipe e Associação dos Produtores de Confecções); relatórios financeiros |", pt, StringComparison.Ordinal);
        foreach (var document in new[] { es, pt })
        {
            var table = document[..document.IndexOf("## ", StringComparison.Ordinal)];
            Assert.DoesNotContain("|  |", table, StringComparison.Ordinal);
            Assert.DoesNotContain("| |", table, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Language.Spanish, "| Errores | Advertencias | Notas informativas | Excepciones justificadas |", "(versión 3 de las ponderaciones)", "| — (puntaje completo) |", "· PUB001 · Excepción justificada: ", "## Anexo: para el equipo de proyecto")]
    [InlineData(Language.Portuguese, "| Erros | Alertas | Notas informativas | Exceções justificadas |", "(versão 3 dos pesos)", "| — (pontuação máxima) |", "· PUB001 · Exceção justificada: ", "## Anexo: para a equipe de projeto")]
    [InlineData(Language.English, "| Errors | Warnings | Information notes | Explained exceptions |", "(weights version 3)", "| — (full points) |", "· PUB001 · Explained exception: ", "## Appendix: for the design team")]
    public void The_review_uses_the_same_terms_as_the_brief(Language language, string counts, string version, string full, string exception, string appendix)
    {
        var review = Document("masaya-furniture", language, "review");
        Assert.Contains(counts, review, StringComparison.Ordinal);
        Assert.Contains(version, review, StringComparison.Ordinal);
        Assert.Contains(full, review, StringComparison.Ordinal);
        Assert.Contains(exception, review, StringComparison.Ordinal);
        Assert.Contains(appendix, review, StringComparison.Ordinal);
        Assert.Contains("`means_of_verification`, `frequency`", review, StringComparison.Ordinal);
        Assert.DoesNotContain(@"means\_of\_verification", review, StringComparison.Ordinal);
    }
}
