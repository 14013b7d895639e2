using CeGraph.Api.Tests.Infrastructure;
using static CeGraph.Api.Tests.Hardening.Refusals;

namespace CeGraph.Api.Tests.SchemaContract;

/// <summary>
/// Introspection per the October 2021 spec, as graphql-js 16's <c>getIntrospectionQuery</c> asks for it with every option on
/// (descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription, inputValueDeprecation): the query text in
/// <c>Resources/</c> is the one graphql-js prints (<c>tests/clients</c> runs it through graphql-js itself too).
/// </summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class SpecIntrospectionTests(CeGraphTestApp app)
{
    private static readonly string FullIntrospectionQuery =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Resources", "graphql-js-16-full-introspection.graphql"));

    [Fact]
    public async Task GraphqlJsFullIntrospectionQuery_IsAnsweredWithoutErrorsWithinTheLimits()
    {
        using var client = app.CreateGraphQLClient();

        var response = await client.PostAsync(FullIntrospectionQuery, operationName: "IntrospectionQuery");

        AssertData(response);
        var schema = response.Json!["data"]!["__schema"]!;
        Assert.StartsWith("CeGraph", schema["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Directives_SayWhetherTheyAreRepeatableAndListTheirArgumentsWithDeprecation()
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync("{ __schema { directives { name isRepeatable args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }");

        var directives = data["__schema"]!["directives"]!.AsArray().ToDictionary(d => d!["name"]!.GetValue<string>(), d => d!);
        Assert.False(directives["include"]["isRepeatable"]!.GetValue<bool>());
        Assert.False(directives["deprecated"]["isRepeatable"]!.GetValue<bool>());
        var reason = directives["deprecated"]["args"]!.AsArray().Single();
        Assert.Equal("reason", reason!["name"]!.GetValue<string>());
        Assert.False(reason["isDeprecated"]!.GetValue<bool>());
        Assert.Null(reason["deprecationReason"]);
    }

    [Fact]
    public async Task ArgumentsAndInputFields_TakeIncludeDeprecatedAndReportTheirDeprecation()
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync("""
            {
              query: __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
              filter: __type(name: "ActivityFilterInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
            }
            """);

        var activities = data["query"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "activities")!;
        Assert.Contains(activities["args"]!.AsArray(), a => a!["name"]!.GetValue<string>() == "first" && !a["isDeprecated"]!.GetValue<bool>());
        Assert.NotEmpty(data["filter"]!["inputFields"]!.AsArray());
        Assert.All(data["filter"]!["inputFields"]!.AsArray(), f => Assert.False(f!["isDeprecated"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task EveryType_AnswersSpecifiedByURLWhichIsNullForAllOfOurs()
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync("{ __schema { types { name kind specifiedByURL } } }");

        var types = data["__schema"]!["types"]!.AsArray();
        Assert.Contains(types, t => t!["name"]!.GetValue<string>() == "Decimal" && t["kind"]!.GetValue<string>() == "SCALAR");
        Assert.All(types, t => Assert.Null(t!["specifiedByURL"]));
    }

    [Fact]
    public async Task DeprecatedIntrospectionArguments_DefaultToFalseAsInTheSpec()
    {
        using var client = app.CreateGraphQLClient();

        var data = await client.DataAsync("{ __type(name: \"__Directive\") { fields { name args { name defaultValue type { name } } } } }");

        var args = data["__type"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "args")!["args"]!.AsArray();
        var includeDeprecated = Assert.Single(args)!;
        Assert.Equal("includeDeprecated", includeDeprecated["name"]!.GetValue<string>());
        Assert.Equal("false", includeDeprecated["defaultValue"]!.GetValue<string>());
        Assert.Equal("Boolean", includeDeprecated["type"]!["name"]!.GetValue<string>());
    }
}
