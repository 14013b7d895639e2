using System.Globalization;
using System.Text.Json;
using CeGraph.Api.Cli.Dataset;
using CeGraph.Api.WriteRules;

namespace CeGraph.Api.Cli.Import;

/// <summary>
/// Parses one activities.jsonl line and checks it with the same write rules as the mutations (folder <c>WriteRules</c>)
/// against the preloaded lookups; never touches the database.
/// </summary>
public sealed class ActivityLineParser(ImportLookups lookups, CreditRule creditRule)
{
    public ParsedLine Parse(ReadOnlySpan<byte> utf8, int lineNumber)
    {
        ActivityRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(utf8, DatasetJsonContext.Default.ActivityRecord);
        }
        catch (JsonException exception)
        {
            // System.Text.Json counts lines and bytes within the text it was given, i.e. within this one line.
            var message = exception.Message;
            var position = message.IndexOf(" | LineNumber:", StringComparison.Ordinal);
            var where = exception.BytePositionInLine is { } bytes ? $" (at byte {bytes + 1} of the line)" : string.Empty;
            return ParsedLine.Reject(null, $"malformed JSON: {(position < 0 ? message : message[..position])}{where}");
        }

        if (record is null)
        {
            return ParsedLine.Reject(null, "the line is not a JSON object");
        }

        var code = record.Code;
        string? reason;
        if ((reason = CodeRule.Check(code, "code")?.Message) is not null
            || (reason = TextRule.Title(record.Title, "title")?.Message) is not null
            || (reason = CheckSponsor(record.Sponsor, out var sponsorId)) is not null
            || (reason = CreditsText.TryParse(record.Credits, "credits", creditRule, out var credits)) is not null
            || (reason = CheckEnum(record.CeCategory, "ceCategory", DatasetNames.CeCategories, out var ceCategory)) is not null
            || (reason = CheckEnum(record.Status, "status", DatasetNames.Statuses, out var status)) is not null
            || (reason = CheckDates(record, out var approvedOn, out var expiresOn)) is not null
            || (reason = DistributionValidator.Check(record.Distributions, status, credits, lookups, creditRule, out var distributions)) is not null)
        {
            return ParsedLine.Reject(code, reason);
        }

        return new ParsedLine(code, new PendingActivity(
            lineNumber, code!, record.Title!, sponsorId, credits.Hundredths, ceCategory, status, approvedOn, expiresOn, distributions), null);
    }

    private string? CheckSponsor(string? sponsor, out int sponsorId)
    {
        sponsorId = 0;
        return sponsor is null ? "sponsor is missing"
            : lookups.Sponsors.TryGetValue(sponsor, out sponsorId) ? null
            : $"unknown sponsor '{sponsor}' (not in outlines.json nor in the database)";
    }

    private static string? CheckEnum<TEnum>(string? text, string field, System.Collections.Frozen.FrozenDictionary<string, TEnum> names, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text is not null && names.TryGetValue(text, out value)
            ? null
            : $"{field} '{text}' is not one of {DatasetNames.Allowed(names)}";
    }

    private static string? CheckDates(ActivityRecord record, out DateOnly approvedOn, out DateOnly? expiresOn)
    {
        expiresOn = null;
        if (!TryDate(record.ApprovedOn, out approvedOn))
        {
            return $"approvedOn '{record.ApprovedOn}' is not a date YYYY-MM-DD";
        }

        if (record.ExpiresOn is null)
        {
            return null;
        }

        if (!TryDate(record.ExpiresOn, out var expires))
        {
            return $"expiresOn '{record.ExpiresOn}' is not a date YYYY-MM-DD";
        }

        expiresOn = expires;
        return DateRangeRule.Check(approvedOn, expires, "approvedOn", "expiresOn")?.Message;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
