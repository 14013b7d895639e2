using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Hardening;

/// <summary>What the seeded catalog offers for writing tests: a discipline and outline kind in effect, its leaf categories, a requirement.</summary>
public sealed record CatalogFacts(string DisciplineCode, string Kind, IReadOnlyList<string> CategoryCodes, string RequirementId, string SponsorCode)
{
    public const string Discipline = "CT";
    public const string OutlineKind = "STRUCTURED_EDUCATION";

    public static async Task<CatalogFacts> ReadAsync(GraphQLClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var data = await client.DataAsync(
            """
            query($code: String!, $kind: OutlineKind!) {
              discipline(code: $code) {
                outline(kind: $kind) { categories { code children { code } } }
                requirements { id }
              }
              activities(first: 1, where: { sponsorCode: { startsWith: "SAMPLE-" } }) { nodes { sponsor { code } } }
            }
            """,
            new { code = Discipline, kind = OutlineKind });
        var discipline = data["discipline"]!;
        var categories = discipline["outline"]!["categories"]!.AsArray()
            .SelectMany(c => c!["children"]!.AsArray().Select(child => child!["code"]!.GetValue<string>()).DefaultIfEmpty(c!["code"]!.GetValue<string>()))
            .ToList();
        var requirement = discipline["requirements"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var sponsor = data["activities"]!["nodes"]!.AsArray()[0]!["sponsor"]!["code"]!.GetValue<string>();
        return new CatalogFacts(Discipline, OutlineKind, categories, requirement, sponsor);
    }
}
