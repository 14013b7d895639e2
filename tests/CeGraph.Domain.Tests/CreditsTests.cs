namespace CeGraph.Domain.Tests;

public sealed class CreditsTests
{
    [Theory]
    [InlineData("1.5", 150, "1.50")]
    [InlineData("0.25", 25, "0.25")]
    [InlineData("16", 1600, "16.00")]
    [InlineData("-2.75", -275, "-2.75")]
    [InlineData("0", 0, "0.00")]
    [InlineData("1000000", 100_000_000, "1000000.00")]
    public void Parse_InvariantDecimal_KeepsExactHundredthsAndFormatsWithTwoDecimals(string text, long hundredths, string formatted)
    {
        var credits = Credits.Parse(text);

        Assert.Equal(hundredths, credits.Hundredths);
        Assert.Equal(formatted, credits.ToString());
        Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), credits.ToDecimal());
    }

    [Fact]
    public void Add_PointOnePlusPointTwo_IsExactlyPointThree()
    {
        var sum = Credits.Parse("0.1") + Credits.Parse("0.2");

        Assert.Equal(Credits.Parse("0.3"), sum);
        Assert.Equal(0.30m, sum.ToDecimal());
        Assert.Equal("0.30", sum.ToString());
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("0.001")]
    [InlineData("1000000.01")]
    [InlineData("-1000000.01")]
    public void Parse_ThreeDecimalsOrBeyondMax_IsRejected(string text)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Credits.Parse(text));
        Assert.False(Credits.TryFromDecimal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out _));
    }

    [Fact]
    public void Parse_TenToTheThirty_IsRejected()
    {
        // 10^30 is beyond decimal itself, so parsing fails before Credits sees a value.
        Assert.Throws<OverflowException>(() => Credits.Parse("1" + new string('0', 30)));
        Assert.False(Credits.TryFromDecimal(decimal.MaxValue, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Credits.FromDecimal(1e28m));
    }

    [Fact]
    public void FromDecimal_TrailingZerosBeyondTwoDecimals_AreAccepted() =>
        Assert.Equal(new Credits(150), Credits.FromDecimal(1.5000m));

    [Theory]
    [InlineData("1.75", "0.25", true)]
    [InlineData("1.10", "0.25", false)]
    [InlineData("0", "0.25", true)]
    [InlineData("-0.50", "0.25", true)]
    [InlineData("3", "1", true)]
    [InlineData("1", "0", false)]
    [InlineData("1", "-0.25", false)]
    public void IsMultipleOf_Increment_OnlyForWholeMultiplesOfAPositiveIncrement(string amount, string increment, bool expected) =>
        Assert.Equal(expected, Credits.Parse(amount).IsMultipleOf(Credits.Parse(increment)));

    [Fact]
    public void Compare_Operators_FollowTheAmounts()
    {
        var one = Credits.Parse("1");
        var two = Credits.Parse("2");

        Assert.True(one < two && two > one && one <= Credits.Parse("1.00") && two >= one);
        Assert.Equal(two, Credits.Max(one, two));
        Assert.Equal(one, Credits.Min(one, two));
        Assert.Equal(Credits.Parse("3"), Credits.Sum([one, two]));
        Assert.Equal(Credits.Parse("-1"), one - two);
        Assert.True(one.IsPositive);
        Assert.False(Credits.Zero.IsPositive);
    }
}
