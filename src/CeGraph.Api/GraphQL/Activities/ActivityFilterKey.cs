using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CeGraph.Api.GraphQL.Activities;

/// <summary>
/// The canonical text of a <c>where</c> argument: two filters with the same text select the same activities. Fields of one
/// input object are sorted (they combine with AND), list elements keep their order.
/// </summary>
public static class ActivityFilterKey
{
    public static string Of(IDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return "";
        }

        var text = new StringBuilder();
        Append(text, where);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case IDictionary<string, object?> fields:
                text.Append('{');
                foreach (var (name, field) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    text.Append(name).Append(':');
                    Append(text, field);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case IEnumerable<object?> list:
                text.Append('[');
                foreach (var element in list)
                {
                    Append(text, element);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case DateTime time:
                text.Append(time.ToString("O", CultureInfo.InvariantCulture)).Append(time.Kind);
                break;
            case DateTimeOffset offset:
                text.Append(offset.ToString("O", CultureInfo.InvariantCulture));
                break;
            case IFormattable formattable:
                text.Append(value.GetType().Name).Append(' ').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value.GetType().Name).Append(' ').Append(value);
                break;
        }
    }
}
