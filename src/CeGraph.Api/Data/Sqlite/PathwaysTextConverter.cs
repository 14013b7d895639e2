using System.Globalization;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CeGraph.Api.Data.Sqlite;

/// <summary>
/// A discipline's pathways in the text EF Core's SQLite primitive collection has always stored (a JSON array of the enum's
/// numbers, e.g. <c>[0,1]</c>), read and written without EF Core's JSON reader: that reader looked up a method by
/// reflection for every row, about 5 % of the catalogue page's CPU, because every distribution row carries its discipline.
/// The column and its contents are unchanged; PostgreSQL keeps its native <c>integer[]</c>.
/// </summary>
public sealed class PathwaysTextConverter() : ValueConverter<List<Pathway>, string>(
    pathways => Write(pathways),
    text => Read(text))
{
    /// <summary>Compares the lists by their items, so that changing one in place is seen as a change.</summary>
    public static readonly ValueComparer<List<Pathway>> Comparer = new(
        (left, right) => left!.SequenceEqual(right!),
        pathways => pathways.Aggregate(0, (hash, pathway) => HashCode.Combine(hash, pathway)),
        pathways => pathways.ToList());

    /// <summary>Public for the compiled model (CompiledModel/), which calls it from its own converter.</summary>
    public static string Write(List<Pathway> pathways) =>
        "[" + string.Join(',', pathways.Select(pathway => ((int)pathway).ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>Public for the compiled model (CompiledModel/), which calls it from its own converter.</summary>
    public static List<Pathway> Read(string text)
    {
        var inner = text.AsSpan().Trim().TrimStart('[').TrimEnd(']');
        var pathways = new List<Pathway>();
        foreach (var range in inner.Split(','))
        {
            var item = inner[range].Trim();
            if (!item.IsEmpty)
            {
                pathways.Add((Pathway)int.Parse(item, NumberStyles.Integer, CultureInfo.InvariantCulture));
            }
        }

        return pathways;
    }
}
