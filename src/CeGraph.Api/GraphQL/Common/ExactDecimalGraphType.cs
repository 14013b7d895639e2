using System.Globalization;
using System.Numerics;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// The contract's <c>Decimal</c>: an exact decimal number. Replaces GraphQL.NET's built-in one everywhere (same name).
/// Input is a number or a string (<c>3.5</c> or <c>"3.5"</c>, as JSON and as a literal), read from its text
/// (<see cref="ExactDecimalText"/>): a value a <see cref="decimal"/> cannot hold exactly is refused, never rounded.
/// JSON numbers reach this type as their exact <see cref="decimal"/> (<see cref="ExactNumberInputsConverter"/>), or as an
/// <see cref="InexactJsonNumber"/> when no decimal holds them. Output is unchanged: a JSON number.
/// </summary>
public sealed class ExactDecimalGraphType : DecimalGraphType
{
    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        Description = "An exact decimal number, as a JSON number or a string (credits have at most two decimals, e.g. 1.25 or \"1.25\"). "
            + "Never rounded: a value with more than 28 decimal places or 29 significant digits is refused.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLIntValue number => Parse(number.Value.Span),
        GraphQLFloatValue number => Parse(number.Value.Span),
        GraphQLStringValue text => Parse(text.Value.Span),
        _ => ThrowLiteralConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => true,
        GraphQLIntValue number => ExactDecimalText.TryParse(number.Value.Span, out _),
        GraphQLFloatValue number => ExactDecimalText.TryParse(number.Value.Span, out _),
        GraphQLStringValue text => ExactDecimalText.TryParse(text.Value.Span, out _),
        _ => false,
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        decimal exact => exact,
        int number => (decimal)number,
        long number => (decimal)number,
        BigInteger number => Parse(number.ToString(CultureInfo.InvariantCulture)),
        string text => Parse(text),
        InexactJsonNumber number => throw Inexact(number.Text),
        double => throw Inexact(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?"),
        _ => ThrowValueConversionError(value),
    };

    public override bool CanParseValue(object? value)
    {
        try
        {
            _ = ParseValue(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static decimal Parse(ReadOnlySpan<char> text) =>
        ExactDecimalText.TryParse(text, out var value) ? value : throw Inexact(text.ToString());

    private static FormatException Inexact(string text)
    {
        var shown = text.Length > 60 ? text[..60] + "…" : text;
        return new FormatException(
            $"'{shown}' is not an exact Decimal: write a number such as 1.25 or \"1.25\" with at most 28 decimal places and 29 significant digits "
            + "(it is refused, not rounded).");
    }
}
