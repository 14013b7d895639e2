namespace CeGraph.Api.Data;

/// <summary>
/// Functions that queries call and each provider translates to SQL (see the provider contexts' <c>OnModelCreating</c>).
/// They never run in .NET.
/// </summary>
public static class TextFunctions
{
    /// <summary>
    /// Unicode lower case of a text column: SQLite's <c>lower()</c> (replaced with .NET's invariant lower case on every
    /// connection), PostgreSQL's <c>lower()</c> under the database's default collation (a column's "C" collation would
    /// lower ASCII letters only).
    /// </summary>
    public static string Lower(string value) => throw new NotSupportedException($"{nameof(Lower)} is translated to SQL; it does not run in .NET (got '{value}').");
}
