using CeGraph.Api.GraphQL.Common;

namespace CeGraph.Api.Tests.Http;

/// <summary>The exact reading of decimal text behind the <c>Decimal</c> scalar: exact or refused, never rounded.</summary>
public sealed class ExactDecimalTextTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1.25", "1.25")]
    [InlineData("1.50", "1.50")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("1e2", "100")]
    [InlineData("125E-2", "1.25")]
    [InlineData("0.1000000000000000000000000000000000", "0.1000000000000000000000000000")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void ExactText_IsReadToTheSameValue(string text, string expected)
    {
        Assert.True(ExactDecimalText.TryParse(text, out var value), text);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0.24999999999999999999999999999999")]
    [InlineData("1000.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e-29")]
    [InlineData("1e29")]
    [InlineData("1e9999999")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1,5")]
    [InlineData(" 1")]
    [InlineData("0x10")]
    [InlineData("NaN")]
    public void InexactOrMalformedText_IsRefused(string text)
    {
        Assert.False(ExactDecimalText.TryParse(text, out _), text);
    }
}
