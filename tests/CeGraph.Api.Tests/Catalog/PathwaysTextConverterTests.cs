using CeGraph.Api.Data.Sqlite;
using CeGraph.Domain;

namespace CeGraph.Api.Tests.Catalog;

/// <summary>
/// The SQLite column keeps the text EF Core's primitive collection wrote before the converter (a JSON array of the enum's
/// numbers), so databases made by earlier builds read the same and new writes look the same to them.
/// </summary>
public sealed class PathwaysTextConverterTests
{
    private static readonly PathwaysTextConverter Converter = new();

    [Theory]
    [InlineData("[]", new Pathway[0])]
    [InlineData("[0]", new[] { Pathway.Primary })]
    [InlineData("[1]", new[] { Pathway.Postprimary })]
    [InlineData("[0,1]", new[] { Pathway.Primary, Pathway.Postprimary })]
    [InlineData(" [ 1 , 0 ] ", new[] { Pathway.Postprimary, Pathway.Primary })]
    public void ReadsTheStoredJsonArray(string stored, Pathway[] expected) =>
        Assert.Equal(expected, (List<Pathway>)Converter.ConvertFromProvider(stored)!);

    [Theory]
    [InlineData(new Pathway[0], "[]")]
    [InlineData(new[] { Pathway.Postprimary }, "[1]")]
    [InlineData(new[] { Pathway.Primary, Pathway.Postprimary }, "[0,1]")]
    public void WritesWhatEfCoresPrimitiveCollectionWrote(Pathway[] pathways, string expected) =>
        Assert.Equal(expected, Converter.ConvertToProvider(pathways.ToList()));

    [Fact]
    public void TheComparer_SeesAnInPlaceChange()
    {
        var stored = new List<Pathway> { Pathway.Primary };
        var snapshot = PathwaysTextConverter.Comparer.Snapshot(stored);
        stored.Add(Pathway.Postprimary);

        Assert.False(PathwaysTextConverter.Comparer.Equals(snapshot, stored));
    }
}
