using System.Buffers;
using CeGraph.Domain.Outlines;

namespace CeGraph.Domain.Evaluation;

/// <summary>
/// One distribution line of an admitted activity, matched by code to the requirement's outline version:
/// <paramref name="Category"/> is null when that version has no such category. The <paramref name="Contribution"/> is
/// built once and shared by every rule the line counts toward.
/// </summary>
internal readonly record struct CountedLine(Contribution Contribution, OutlineCategory? Category)
{
    /// <summary>
    /// Every line of every admitted activity's counting distribution, sorted by activity, category, then credits. The
    /// admitted activities are distinct and already in code order, so only each activity's own lines need sorting.
    /// </summary>
    /// <remarks>The array is rented from the shared pool and holds <paramref name="count"/> lines; the caller returns it.</remarks>
    public static CountedLine[] FromAdmitted(ReadOnlySpan<AdmittedActivity> admitted, OutlineTree outline, out int count)
    {
        count = 0;
        for (var a = 0; a < admitted.Length; a++)
        {
            count += admitted[a].Distribution.Lines.Count;
        }

        var lines = ArrayPool<CountedLine>.Shared.Rent(count);
        var next = 0;
        for (var a = 0; a < admitted.Length; a++)
        {
            var activity = admitted[a];
            var first = next;
            for (var l = 0; l < activity.Distribution.Lines.Count; l++)
            {
                var line = activity.Distribution.Lines[l];
                var category = outline.Find(line.CategoryCode);
                var contribution = new Contribution(activity.Code, line.CategoryCode, line.Credits, category is not null);
                lines[next++] = new CountedLine(contribution, category);
            }

            // Lines equal in both keys carry equal contributions, so an unstable sort still gives one order.
            lines.AsSpan(first, next - first).Sort(Compare);
        }

        return lines;
    }

    private static int Compare(CountedLine left, CountedLine right)
    {
        var byCategory = string.CompareOrdinal(left.Contribution.CategoryCode, right.Contribution.CategoryCode);
        return byCategory != 0 ? byCategory : left.Contribution.Credits.CompareTo(right.Contribution.Credits);
    }
}
