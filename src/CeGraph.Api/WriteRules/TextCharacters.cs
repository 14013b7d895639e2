using System.Globalization;
using System.Text;

namespace CeGraph.Api.WriteRules;

/// <summary>
/// The characters stored text may not hold: they are invisible or reorder what a reader sees (a title shown in a
/// catalog or a certificate must read as it is stored), or they are not characters at all. Refused: C0 and C1
/// controls (U+0000–U+001F, U+007F–U+009F; with line breaks allowed, CR, LF and TAB pass), U+2028/U+2029, the
/// bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
/// the byte-order mark U+FEFF, the non-characters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane) and unpaired surrogates.
/// </summary>
public static class TextCharacters
{
    /// <summary>The first refused character of <paramref name="text"/>, or null when every one is allowed.</summary>
    public static RefusedCharacter? FindRefused(string text, bool allowLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!Rune.TryGetRuneAt(text, i, out var rune))
            {
                return new RefusedCharacter(i, $"an unpaired surrogate U+{(int)text[i]:X4}");
            }

            if (IsRefused(rune.Value, allowLineBreaks))
            {
                return new RefusedCharacter(i, Name(rune.Value));
            }

            i += rune.Utf16SequenceLength - 1;
        }

        return null;
    }

    private static bool IsRefused(int value, bool allowLineBreaks) => value switch
    {
        '\r' or '\n' or '\t' => !allowLineBreaks,
        <= 0x1F or (>= 0x7F and <= 0x9F) => true,
        0x2028 or 0x2029 => !allowLineBreaks,
        0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => true,
        0xFEFF => true,
        (>= 0xFDD0 and <= 0xFDEF) => true,
        _ => (value & 0xFFFE) == 0xFFFE,
    };

    private static string Name(int value)
    {
        var code = "U+" + value.ToString("X4", CultureInfo.InvariantCulture);
        return value switch
        {
            '\r' => $"a carriage return ({code})",
            '\n' => $"a line feed ({code})",
            '\t' => $"a tab ({code})",
            0xFEFF => $"a byte-order mark ({code})",
            0x2028 or 0x2029 => $"a line or paragraph separator ({code})",
            0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => $"a bidirectional control ({code})",
            <= 0x1F or (>= 0x7F and <= 0x9F) => $"a control character ({code})",
            _ => $"a non-character ({code})",
        };
    }
}
