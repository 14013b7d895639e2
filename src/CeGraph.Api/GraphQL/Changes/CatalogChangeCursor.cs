using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CeGraph.Api.GraphQL.Common;

namespace CeGraph.Api.GraphQL.Changes;

/// <summary>Opaque change-log cursors: base64url of "CatalogChange:position". Valid forever, on every node.</summary>
public static class CatalogChangeCursor
{
    private const string Prefix = "CatalogChange:";

    public static string Encode(long position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position after which to read; 0 (the start of the log) for null; a clear error for a foreign cursor.</summary>
    public static long? Decode(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var text = cursor.Length <= 100 ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)) : string.Empty;
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return position;
            }
        }
        catch (FormatException)
        {
            // Not base64url: reported below like any other foreign cursor.
        }

        throw new UserInputError($"`{argument}` is not a cursor of the change log (use a `cursor` it returned, or omit it).");
    }
}
