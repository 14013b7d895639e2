using System.Text.Json;
using GraphQL;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>A GraphQL request as the streaming transports carry it ({query, operationName, variables, extensions}).</summary>
public sealed record FeedRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    /// <summary>Reads a request object; null with a reason when it is not one.</summary>
    public static (FeedRequest? Request, string? Problem) Read(JsonElement payload, IGraphQLTextSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        if (payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return (null, "The payload must be an object with a string `query`.");
        }

        string? operationName = null;
        if (payload.TryGetProperty("operationName", out var name) && name.ValueKind is not JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return (null, "`operationName` must be a string.");
            }

            operationName = name.GetString();
        }

        var variables = ReadInputs(payload, "variables", serializer, out var variablesProblem);
        var extensions = ReadInputs(payload, "extensions", serializer, out var extensionsProblem);
        var problem = variablesProblem ?? extensionsProblem;
        return problem is null ? (new FeedRequest(query.GetString()!, operationName, variables, extensions), null) : (null, problem);
    }

    private static Inputs? ReadInputs(JsonElement payload, string name, IGraphQLTextSerializer serializer, out string? problem)
    {
        problem = null;
        if (!payload.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = $"`{name}` must be an object.";
            return null;
        }

        return serializer.Deserialize<Inputs>(value.GetRawText());
    }
}
