using System.Buffers.Text;
using System.Text.Json;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>Opaque keyset cursors: base64url of JSON holding the ordering's signature and the row's key values.</summary>
public static class ActivityCursor
{
    public static string Encode(ActivityOrdering ordering, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(ordering);
        var payload = new CursorPayload(ordering.Signature, [.. ordering.Keys.Select(k => k.CursorValue(activity))]);
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    public static IReadOnlyList<object> Decode(ActivityOrdering ordering, string cursor, string argumentName)
    {
        ArgumentNullException.ThrowIfNull(ordering);
        try
        {
            var payload = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(cursor));
            if (payload.GetProperty("o").GetString() != ordering.Signature)
            {
                throw new UserInputError($"`{argumentName}` is a cursor from a different `order`; page again from the start.");
            }

            var values = payload.GetProperty("v").EnumerateArray().ToArray();
            return values.Length == ordering.Keys.Count
                ? [.. ordering.Keys.Select((k, i) => k.Parse(values[i]))]
                : throw new UserInputError($"`{argumentName}` is not a valid cursor.");
        }
        catch (Exception exception) when (exception is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UserInputError($"`{argumentName}` is not a valid cursor.", exception);
        }
    }

    private sealed record CursorPayload(
        [property: System.Text.Json.Serialization.JsonPropertyName("o")] string Ordering,
        [property: System.Text.Json.Serialization.JsonPropertyName("v")] object[] Values);
}
