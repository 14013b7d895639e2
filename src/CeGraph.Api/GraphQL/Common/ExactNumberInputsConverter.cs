using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// Reads <c>variables</c> and <c>extensions</c> like GraphQL.SystemTextJson's own converter, except numbers with a
/// fraction or exponent: those become the exact <see cref="decimal"/> of their text when one holds them
/// (<see cref="ExactDecimalText"/>), else an <see cref="InexactJsonNumber"/> that no scalar accepts. The stock converter reads them as <see cref="double"/>
/// first, which rounds <c>0.24999999999999999999999999999999</c> to 0.25 before the <c>Decimal</c> scalar sees it.
/// </summary>
public sealed class ExactNumberInputsConverter : JsonConverter<Inputs>
{
    public override Inputs Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadObject(ref reader).ToInputs();

    public override void Write(Utf8JsonWriter writer, Inputs value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize<IReadOnlyDictionary<string, object?>>(writer, value, options);

    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a JSON object.");
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? throw new JsonException("Expected a property name.");
            reader.Read();
            result[name] = ReadValue(ref reader);
        }

        return result;
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        var result = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result.Add(ReadValue(ref reader));
        }

        return result;
    }

    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.Number => ReadNumber(ref reader),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Unexpected JSON token {reader.TokenType}."),
    };

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            if (reader.TryGetInt32(out var small))
            {
                return small;
            }

            return reader.TryGetInt64(out var large)
                ? large
                : BigInteger.Parse(Encoding.ASCII.GetString(raw), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var text = Encoding.ASCII.GetString(raw);
        return ExactDecimalText.TryParse(text, out var exact) ? exact : new InexactJsonNumber(text);
    }
}
