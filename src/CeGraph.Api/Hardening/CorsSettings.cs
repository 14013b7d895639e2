namespace CeGraph.Api.Hardening;

/// <summary>The <c>Cors</c> configuration section.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    /// <summary>
    /// Browser origins allowed to call the API (e.g. <c>https://app.example.org</c>); none by default, so browsers on other
    /// origins cannot read responses. <c>Cors:AllowedOrigins:0</c>, <c>Cors:AllowedOrigins:1</c>, …
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
