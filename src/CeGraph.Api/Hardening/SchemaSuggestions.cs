using System.Text.RegularExpressions;

namespace CeGraph.Api.Hardening;

/// <summary>Removes GraphQL.NET's "Did you mean …?" sentence from a validation message (it names schema members).</summary>
public static partial class SchemaSuggestions
{
    public static string Remove(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Suggestion().Replace(message, string.Empty);
    }

    [GeneratedRegex(@"\s*Did you mean [^?]*\?", RegexOptions.CultureInvariant)]
    private static partial Regex Suggestion();
}
