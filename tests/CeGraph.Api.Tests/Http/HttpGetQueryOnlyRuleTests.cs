using System.Net;
using CeGraph.Api.Hosting.Http;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace CeGraph.Api.Tests.Http;

/// <summary>
/// The GET rule against a schema that has a Mutation type (CeGraph's has none yet): the endpoint tests cover
/// the HTTP wiring, these prove that a real, otherwise valid mutation is refused over GET and allowed over POST.
/// </summary>
public sealed class HttpGetQueryOnlyRuleTests
{
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, HttpGetQueryOnlyRule.Instance];

    [Fact]
    public async Task ValidMutation_WithTheGetRule_IsNotExecutedAndMapsTo405()
    {
        var counter = new Counter();

        var result = await ExecuteAsync(counter, "mutation { increment }", GetRules);

        Assert.False(result.Executed);
        Assert.Equal(0, counter.Value);
        Assert.IsType<HttpMethodValidationError>(Assert.Single(result.Errors!));
        Assert.Equal((int)HttpStatusCode.MethodNotAllowed, GraphQLStatusCodes.For(result, GraphQLResponseFormat.GraphQLResponseJson));
        Assert.Equal((int)HttpStatusCode.MethodNotAllowed, GraphQLStatusCodes.For(result, GraphQLResponseFormat.Json));
    }

    [Fact]
    public async Task SameMutation_WithoutTheRule_ExecutesAsOverPost()
    {
        var counter = new Counter();

        var result = await ExecuteAsync(counter, "mutation { increment }", validationRules: null);

        Assert.True(result.Executed);
        Assert.Equal(1, counter.Value);
        Assert.Equal((int)HttpStatusCode.OK, GraphQLStatusCodes.For(result, GraphQLResponseFormat.GraphQLResponseJson));
    }

    [Fact]
    public async Task Queries_PassTheRule()
    {
        var result = await ExecuteAsync(new Counter(), "query { value }", GetRules);

        Assert.True(result.Executed);
        Assert.Null(result.Errors);
    }

    private static async Task<ExecutionResult> ExecuteAsync(Counter counter, string query, IEnumerable<IValidationRule>? validationRules)
    {
        var queryType = new ObjectGraphType { Name = "Query" };
        queryType.Field<IntGraphType>("value").Resolve(_ => counter.Value);
        var mutationType = new ObjectGraphType { Name = "Mutation" };
        mutationType.Field<IntGraphType>("increment").Resolve(_ => ++counter.Value);
        using var schema = new Schema { Query = queryType, Mutation = mutationType };
        return await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = query,
            ValidationRules = validationRules,
        });
    }

    private sealed class Counter
    {
        public int Value { get; set; }
    }
}
