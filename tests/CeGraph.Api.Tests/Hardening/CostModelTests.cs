using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CeGraph.Api.Hardening;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>
/// The cost model bounds real work without refusing what front ends naturally ask (issue 10): category trees cost as
/// trees, <c>__typename</c> is free, scalars are cheap and catalog lists have their assumed sizes. The figures in
/// docs/hardening.md come from <see cref="CostOf"/>, which reads the estimate from the refusal of a zero budget.
/// </summary>
public sealed partial class CostModelTests(CostModelTests.App factory, CostModelTests.ZeroBudget zero)
    : IClassFixture<CostModelTests.App>, IClassFixture<CostModelTests.ZeroBudget>
{
    public const string CtOutlinesFourLevels = """
        { discipline(code: "CT") { __typename code outlines { __typename kind version categories { __typename code name
            children { __typename code name children { __typename code name children { __typename code name
              children { __typename code name } } } } } } } }
        """;

    public const string EveryDisciplineOutlinesThreeLevels = """
        { disciplines { __typename code outlines { __typename kind version categories { __typename code name
            children { __typename code name children { __typename code name children { __typename code name } } } } } } }
        """;

    public const string HundredActivitiesWithDistributions = """
        { activities(first: 100) { __typename totalCount pageInfo { __typename hasNextPage endCursor }
            nodes { __typename id code title credits ceCategory status sponsor { __typename code name }
              distributions { __typename kind discipline { __typename code } outline { __typename version }
                lines { __typename credits category { __typename code name parent { __typename code name } } } } } } }
        """;

    [Theory]
    [InlineData(CtOutlinesFourLevels)]
    [InlineData(EveryDisciplineOutlinesThreeLevels)]
    [InlineData(HundredActivitiesWithDistributions)]
    public async Task NaturalFrontEndQueries_WithTypename_PassTheCostLimit(string query)
    {
        using var client = factory.CreateGraphQLClient();

        AssertData(await client.PostAsync(query));
    }

    [Fact]
    public async Task Typename_CostsNothingAndAScalarATenthOfAnObject()
    {
        var withoutTypename = await CostOf("{ activities(first: 100) { nodes { code sponsor { name } } } }");
        var withTypename = await CostOf("{ activities(first: 100) { __typename nodes { __typename code sponsor { __typename name } } } }");
        var twoMoreScalars = await CostOf("{ activities(first: 100) { nodes { code title credits sponsor { name } } } }");

        Assert.Equal(withoutTypename, withTypename);
        Assert.InRange(twoMoreScalars - withoutTypename, (2 * 100 * QueryCostPolicy.ScalarCost) - 0.05, (2 * 100 * QueryCostPolicy.ScalarCost) + 0.05);
    }

    [Fact]
    public async Task NestedChildrenBelowAnOutline_CostOneOutlinePerLevelNotAPower()
    {
        var oneLevel = await CostOf("{ discipline(code: \"CT\") { outlines { categories { code } } } }");
        var twoLevels = await CostOf("{ discipline(code: \"CT\") { outlines { categories { code children { code } } } } }");
        var threeLevels = await CostOf("{ discipline(code: \"CT\") { outlines { categories { code children { code children { code } } } } } }");

        Assert.InRange(threeLevels - twoLevels, twoLevels - oneLevel - 0.05, twoLevels - oneLevel + 0.05);
        Assert.InRange(twoLevels - oneLevel, 1, 6 * ListSizes.CategoriesPerOutline * 3);
    }

    [Fact]
    public async Task WalkingUpAndDownATree_MultipliesAndIsRefused()
    {
        using var client = factory.CreateGraphQLClient();

        var response = await client.PostAsync(
            "{ disciplines { outlines { categories { children { parent { children { parent { children { parent { children { code } } } } } } } } } } }");

        AssertRefused(response, HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
    }

    [Fact]
    public async Task Page_IsCostedByFirstSoAHundredCostsTenTimesTen()
    {
        var ten = await CostOf("{ activities(first: 10) { nodes { code distributions { lines { credits } } } } }");
        var hundred = await CostOf("{ activities(first: 100) { nodes { code distributions { lines { credits } } } } }");

        Assert.InRange(hundred / ten, 9.5, 10.5);
    }

    [Fact]
    public async Task Nodes_ByIds_IsCostedByTheNumberOfIds()
    {
        static string Ids(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"id{i}\""));
        var one = await CostOf($"{{ nodes(ids: [{Ids(1)}]) {{ id ... on Activity {{ code title sponsor {{ name }} }} }} }}");
        var fifty = await CostOf($"{{ nodes(ids: [{Ids(50)}]) {{ id ... on Activity {{ code title sponsor {{ name }} }} }} }}");

        var perItem = one - QueryCostPolicy.ObjectCost; // `nodes` itself costs one object, each item the rest
        Assert.InRange(fifty - one, (49 * perItem) - 0.05, (49 * perItem) + 0.05);
    }

    /// <summary>The estimated cost of <paramref name="query"/>, read from its refusal under a zero budget.</summary>
    private async Task<double> CostOf(string query)
    {
        using var client = zero.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        AssertRefused(response, HttpStatusCode.BadRequest, QueryLimitError.TooComplex);
        var match = CostInMessage().Match(response.FirstError!);
        Assert.True(match.Success, response.FirstError);
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("estimated cost is ([0-9.]+);")]
    private static partial Regex CostInMessage();

    public sealed class App() : HardeningFactory;

    public sealed class ZeroBudget() : HardeningFactory(("GraphQL:MaxComplexity", "0"));
}
