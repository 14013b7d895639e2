using System.Collections.Frozen;
using CeGraph.Domain;

namespace CeGraph.Api.Cli.Dataset;

/// <summary>The dataset format's spelling of each enum value (<c>STRUCTURED_EDUCATION</c>, <c>A_PLUS</c>, ...), both ways.</summary>
public static class DatasetNames
{
    public static readonly FrozenDictionary<string, OutlineKind> Kinds = Map<OutlineKind>();
    public static readonly FrozenDictionary<string, CeCategory> CeCategories = Map<CeCategory>();
    public static readonly FrozenDictionary<string, ActivityStatus> Statuses = Map<ActivityStatus>();
    public static readonly FrozenDictionary<string, Pathway> Pathways = Map<Pathway>();

    /// <summary>PascalCase member name to SCREAMING_SNAKE: <c>CqrSsa</c> becomes <c>CQR_SSA</c>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    public static string Allowed<TEnum>(FrozenDictionary<string, TEnum> names) => string.Join(", ", names.Keys.Order(StringComparer.Ordinal));

    private static FrozenDictionary<string, TEnum> Map<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => Of(v), v => v, StringComparer.Ordinal);
}
