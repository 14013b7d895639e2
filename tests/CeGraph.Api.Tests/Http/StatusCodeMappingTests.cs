using CeGraph.Api.Hosting.Http;
using GraphQL;

namespace CeGraph.Api.Tests.Http;

/// <summary>The status table of GraphQL-over-HTTP §"Status Codes", for results the executer produces.</summary>
public sealed class StatusCodeMappingTests
{
    [Theory]
    [InlineData(GraphQLResponseFormat.GraphQLResponseJson)]
    [InlineData(GraphQLResponseFormat.Json)]
    public void ExecutedResults_Are200EvenWithErrorsAndNullData(GraphQLResponseFormat format)
    {
        var result = new ExecutionResult { Executed = true, Data = null, Errors = [new ExecutionError("field failed")] };

        Assert.Equal(200, GraphQLStatusCodes.For(result, format));
    }

    [Theory]
    [InlineData(GraphQLResponseFormat.GraphQLResponseJson, 400)]
    [InlineData(GraphQLResponseFormat.Json, 200)]
    public void Results_WithoutData_DependOnTheMediaType(GraphQLResponseFormat format, int expected)
    {
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError("invalid")] };

        Assert.Equal(expected, GraphQLStatusCodes.For(result, format));
    }

    [Fact]
    public void Timeout_WithoutData_Is504UnderGraphqlResponseJson()
    {
        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError("timed out") { Code = "TIMEOUT" }] };

        Assert.Equal(504, GraphQLStatusCodes.For(result, GraphQLResponseFormat.GraphQLResponseJson));
        Assert.Equal(200, GraphQLStatusCodes.For(result, GraphQLResponseFormat.Json));
    }
}
