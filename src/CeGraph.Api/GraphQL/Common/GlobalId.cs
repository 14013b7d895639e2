using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>Opaque global ids: base64url of "TypeName:key". Clients must treat them as opaque strings.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Decodes an id; false for anything that is not an id this server issued.</summary>
    public static bool TryDecode(string? id, out string typeName, out int key)
    {
        typeName = string.Empty;
        key = 0;
        if (string.IsNullOrEmpty(id) || id.Length > 200)
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key) || key <= 0)
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>The key of an id of the expected type, or null.</summary>
    public static int? TryDecode(string? id, string expectedType) =>
        TryDecode(id, out var type, out var key) && string.Equals(type, expectedType, StringComparison.Ordinal) ? key : null;
}
