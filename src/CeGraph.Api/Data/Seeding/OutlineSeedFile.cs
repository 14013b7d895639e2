using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeGraph.Api.Data.Seeding;

/// <summary>The shape of the embedded <c>arrt-outlines.seed.json</c>.</summary>
public sealed record OutlineSeedFile(IReadOnlyList<DisciplineSeed> Disciplines)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static OutlineSeedFile Load()
    {
        using var stream = typeof(OutlineSeedFile).Assembly.GetManifestResourceStream("CeGraph.Api.Data.Seeding.arrt-outlines.seed.json")
            ?? throw new InvalidOperationException("The embedded outline seed file is missing from the build.");
        return JsonSerializer.Deserialize<OutlineSeedFile>(stream, Options)
            ?? throw new InvalidOperationException("The embedded outline seed file is empty.");
    }
}

public sealed record DisciplineSeed(string Code, string Name, IReadOnlyList<Domain.Pathway> Pathways, IReadOnlyList<OutlineSeed> Outlines);

public sealed record OutlineSeed(
    Domain.OutlineKind Kind,
    string Version,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveUntil,
    string Source,
    IReadOnlyList<CategorySeed> Categories);

public sealed record CategorySeed(string Code, string Name, int? ExamItems, IReadOnlyList<CategorySeed> Children);
