using System.Globalization;

namespace CeGraph.Domain;

/// <summary>
/// An exact amount of CE credits, held as a whole number of hundredths. No binary floating point is
/// ever involved: amounts parse from <see cref="decimal"/> and format back to it.
/// </summary>
public readonly record struct Credits : IComparable<Credits>
{
    /// <summary>The largest amount CeGraph accepts anywhere (one million credits).</summary>
    public static readonly Credits MaxValue = new(100_000_000);

    public Credits(long hundredths) => Hundredths = hundredths;

    public long Hundredths { get; }

    public static Credits Zero => default;

    public bool IsPositive => Hundredths > 0;

    /// <summary>Converts an exact decimal; fails when it has more than two decimals or lies beyond ±<see cref="MaxValue"/>.</summary>
    public static bool TryFromDecimal(decimal value, out Credits credits)
    {
        credits = Zero;
        if (value > MaxValue.ToDecimal() || value < -MaxValue.ToDecimal())
        {
            return false;
        }

        var scaled = value * 100m;
        if (decimal.Truncate(scaled) != scaled)
        {
            return false;
        }

        credits = new Credits((long)scaled);
        return true;
    }

    /// <summary>Converts an exact decimal, throwing when <see cref="TryFromDecimal"/> would fail.</summary>
    public static Credits FromDecimal(decimal value) =>
        TryFromDecimal(value, out var credits)
            ? credits
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Credits have at most two decimals and lie within ±1,000,000.");

    /// <summary>Parses an invariant decimal string such as "1.50".</summary>
    public static Credits Parse(string text) =>
        FromDecimal(decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    /// <summary>True when the amount is a whole multiple of <paramref name="increment"/>.</summary>
    public bool IsMultipleOf(Credits increment) => increment.Hundredths > 0 && Hundredths % increment.Hundredths == 0;

    /// <summary>The exact decimal value, always with two decimals (1.5 becomes 1.50).</summary>
    public decimal ToDecimal()
    {
        var magnitude = Math.Abs(Hundredths);
        return new decimal(unchecked((int)(magnitude & 0xFFFFFFFF)), (int)(magnitude >> 32), 0, Hundredths < 0, 2);
    }

    public static Credits Max(Credits a, Credits b) => a.Hundredths >= b.Hundredths ? a : b;

    public static Credits Min(Credits a, Credits b) => a.Hundredths <= b.Hundredths ? a : b;

    public static Credits Sum(IEnumerable<Credits> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        long total = 0;
        foreach (var value in values)
        {
            total = checked(total + value.Hundredths);
        }

        return new Credits(total);
    }

    public static Credits operator +(Credits left, Credits right) => new(checked(left.Hundredths + right.Hundredths));

    public static Credits operator -(Credits left, Credits right) => new(checked(left.Hundredths - right.Hundredths));

    public static bool operator <(Credits left, Credits right) => left.Hundredths < right.Hundredths;

    public static bool operator >(Credits left, Credits right) => left.Hundredths > right.Hundredths;

    public static bool operator <=(Credits left, Credits right) => left.Hundredths <= right.Hundredths;

    public static bool operator >=(Credits left, Credits right) => left.Hundredths >= right.Hundredths;

    public int CompareTo(Credits other) => Hundredths.CompareTo(other.Hundredths);

    public Credits Add(Credits other) => this + other;

    public Credits Subtract(Credits other) => this - other;

    public override string ToString() => ToDecimal().ToString("0.00", CultureInfo.InvariantCulture);
}
