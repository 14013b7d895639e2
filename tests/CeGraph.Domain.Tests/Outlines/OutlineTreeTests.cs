using CeGraph.Domain.Outlines;
using CeGraph.Domain.Tests.Builders;

namespace CeGraph.Domain.Tests.Outlines;

public sealed class OutlineTreeTests
{
    private static readonly OutlineTree Ct = TestOutlines.CtStructuredEducation();

    [Theory]
    [InlineData("IP", "IP", true)]
    [InlineData("IP.1", "IP", true)]
    [InlineData("IP.1.2", "IP", true)]
    [InlineData("IP.1.2", "IP.1", true)]
    [InlineData("IP.2", "IP.1", false)]
    [InlineData("IP", "IP.1", false)]
    [InlineData("PC.1", "IP", false)]
    [InlineData("IP.9", "IP", false)]
    [InlineData("IP.1", "NOPE", false)]
    [InlineData("ip.1", "IP", false)]
    public void IsAtOrBelow_Codes_FollowsParentsUpToTheRoot(string code, string ancestor, bool expected) =>
        Assert.Equal(expected, Ct.IsAtOrBelow(code, ancestor));

    [Fact]
    public void MajorCategories_AreLevelOneInDocumentOrder() =>
        Assert.Equal(["PC", "S", "IP", "P"], Ct.MajorCategories.Select(c => c.Code));

    [Fact]
    public void Find_KnownAndUnknownCodes_AnswersByExactCode()
    {
        Assert.True(Ct.Contains("IP.1.1"));
        Assert.False(Ct.Contains("IP.9"));
        Assert.Equal(new OutlineCategory("IP.1.1", "Category IP.1.1", "IP.1", 3), Ct.Find("IP.1.1"));
        Assert.Null(Ct.Find("ip.1.1"));
    }

    [Fact]
    public void Constructor_UnknownParent_Throws() =>
        Assert.Throws<ArgumentException>(() => OutlineBuilder.Ct().Category("S.1", "S").Build());

    [Fact]
    public void Constructor_DuplicateCode_Throws() =>
        Assert.Throws<ArgumentException>(() => OutlineBuilder.Ct().WithMajors("PC", "PC").Build());

    [Fact]
    public void CodesAtOrBelow_MajorCategory_IsItselfThenEverythingBelow()
    {
        var codes = Ct.CodesAtOrBelow("IP");
        Assert.Equal("IP", codes[0]);
        Assert.Equal(Ct.Categories.Where(c => Ct.IsAtOrBelow(c.Code, "IP")).Select(c => c.Code).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CodesAtOrBelow_LeafAndUnknownCodes_AreItselfAndNothing()
    {
        Assert.Equal(["IP.1.1"], Ct.CodesAtOrBelow("IP.1.1"));
        Assert.Empty(Ct.CodesAtOrBelow("IP.9"));
    }
}
