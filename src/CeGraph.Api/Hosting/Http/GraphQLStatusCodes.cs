using GraphQL;

namespace CeGraph.Api.Hosting.Http;

/// <summary>The status code of an execution result, per the GraphQL-over-HTTP status table.</summary>
public static class GraphQLStatusCodes
{
    /// <summary>
    /// 405 when the GET rule fired; otherwise a result that was executed (it has <c>data</c>, even null or with
    /// field errors) is 200. A result without <c>data</c> (parse, validation, operation-selection or variable
    /// coercion failure) is 400 under graphql-response+json and 200 under legacy application/json.
    /// </summary>
    public static int For(ExecutionResult result, GraphQLResponseFormat format)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Errors?.OfType<HttpMethodValidationError>().Any() == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (result.Executed || format == GraphQLResponseFormat.Json)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors?.Any(e => e.Code == "TIMEOUT") == true
            ? StatusCodes.Status504GatewayTimeout
            : StatusCodes.Status400BadRequest;
    }
}
