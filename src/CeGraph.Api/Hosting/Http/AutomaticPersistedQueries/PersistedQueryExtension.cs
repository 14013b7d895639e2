using GraphQL;

namespace CeGraph.Api.Hosting.Http.AutomaticPersistedQueries;

/// <summary>
/// Apollo's <c>extensions.persistedQuery</c>: <c>{"version":1,"sha256Hash":"&lt;64 hex&gt;"}</c>, the SHA-256 of the query
/// text's UTF-8 bytes in hex.
/// </summary>
public sealed record PersistedQueryExtension(string Sha256Hash)
{
    public const string Name = "persistedQuery";
    public const int SupportedVersion = 1;

    public static bool IsPresent(Inputs? extensions) => extensions?.ContainsKey(Name) == true;

    /// <summary>Reads the extension; null with a reason when it is there but malformed.</summary>
    public static PersistedQueryExtension? Read(Inputs extensions, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        problem = null;
        if (extensions[Name] is not IReadOnlyDictionary<string, object?> fields)
        {
            problem = "extensions.persistedQuery must be an object {\"version\":1,\"sha256Hash\":\"<64 hex digits>\"}.";
            return null;
        }

        if (!fields.TryGetValue("version", out var version) || version is not int and not long || Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) != SupportedVersion)
        {
            problem = $"extensions.persistedQuery.version must be {SupportedVersion}.";
            return null;
        }

        if (!fields.TryGetValue("sha256Hash", out var hash) || hash is not string text || text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            problem = "extensions.persistedQuery.sha256Hash must be the SHA-256 of the query's UTF-8 text as 64 hex digits.";
            return null;
        }

        return new PersistedQueryExtension(text.ToLowerInvariant());
    }
}
