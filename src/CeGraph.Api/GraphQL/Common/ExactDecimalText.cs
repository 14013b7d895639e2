using System.Numerics;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// Reads decimal text (a JSON number, a GraphQL Int/Float literal or a string such as <c>"3.5"</c> or <c>"1e-2"</c>)
/// into a <see cref="decimal"/> only when it is exact. <see cref="decimal.Parse(string)"/> rounds past 28 decimal places
/// or 29 significant digits (<c>0.24999999999999999999999999999999</c> becomes 0.25); here such text is refused instead.
/// Trailing zeros of the fraction are kept where they fit (<c>1.50</c> stays 1.50) and dropped only where they must be.
/// </summary>
public static class ExactDecimalText
{
    /// <summary>Most decimal places a <see cref="decimal"/> holds.</summary>
    public const int MaxScale = 28;

    private const int MaxExponentDigits = 6;
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    /// <summary>The exact value of <paramref name="text"/>, or false when it is not a number or not exactly representable.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        var position = 0;
        var negative = false;
        if (position < text.Length && text[position] == '-')
        {
            negative = true;
            position++;
        }

        var integerStart = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        var integerDigits = text[integerStart..position];
        var fractionDigits = ReadOnlySpan<char>.Empty;
        if (position < text.Length && text[position] == '.')
        {
            var fractionStart = ++position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            fractionDigits = text[fractionStart..position];
            if (fractionDigits.IsEmpty)
            {
                return false;
            }
        }

        if (integerDigits.IsEmpty)
        {
            return false;
        }

        var exponent = 0;
        if (position < text.Length && text[position] is 'e' or 'E')
        {
            if (!TryReadExponent(text[(position + 1)..], out exponent))
            {
                return false;
            }

            position = text.Length;
        }

        if (position != text.Length)
        {
            return false;
        }

        var digits = string.Concat(integerDigits, fractionDigits).TrimStart('0');
        if (digits.Length == 0)
        {
            value = 0m;
            return true;
        }

        // value = digits × 10^-scale
        var scale = (long)fractionDigits.Length - exponent;
        while (scale > 0 && digits[^1] == '0' && (scale > MaxScale || digits.Length > MaxScale + 1))
        {
            digits = digits[..^1];
            scale--;
        }

        if (scale < 0)
        {
            if (digits.Length - scale > MaxScale + 1)
            {
                return false;
            }

            digits += new string('0', (int)-scale);
            scale = 0;
        }

        if (scale > MaxScale || digits.Length > MaxScale + 1)
        {
            return false;
        }

        var mantissa = BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (mantissa > MaxMantissa)
        {
            return false;
        }

        var low = (int)(uint)(mantissa & uint.MaxValue);
        var middle = (int)(uint)((mantissa >> 32) & uint.MaxValue);
        var high = (int)(uint)(mantissa >> 64);
        value = new decimal(low, middle, high, negative, (byte)scale);
        return true;
    }

    private static bool TryReadExponent(ReadOnlySpan<char> text, out int exponent)
    {
        exponent = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        var digits = text.TrimStart('0');
        if (text.IsEmpty || digits.Length > MaxExponentDigits)
        {
            // No digits, or an exponent past a million: no decimal can hold such a number unless it is zero, and
            // "0e9999999" is not worth a special case.
            return false;
        }

        foreach (var digit in text)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            exponent = (exponent * 10) + (digit - '0');
        }

        exponent = negative ? -exponent : exponent;
        return true;
    }
}
