using System.Text.Json.Nodes;
using CeGraph.Api.Tests.Infrastructure;

namespace CeGraph.Api.Tests.Activities;

/// <summary>An <c>order</c> argument and the same ordering computed in the test (ties broken by id, i.e. by position in the default order).</summary>
public sealed record ActivityOrder(string Name, params (string Field, string Direction)[] Keys)
{
    public static readonly IReadOnlyDictionary<string, ActivityOrder> All = new[]
    {
        new ActivityOrder("default"),
        new ActivityOrder("title ASC", ("title", "ASC")),
        new ActivityOrder("title DESC", ("title", "DESC")),
        new ActivityOrder("credits DESC", ("credits", "DESC")),
        new ActivityOrder("approvedOn DESC", ("approvedOn", "DESC")),
        new ActivityOrder("credits DESC, title ASC", ("credits", "DESC"), ("title", "ASC")),
        new ActivityOrder("approvedOn ASC, credits ASC, code DESC", ("approvedOn", "ASC"), ("credits", "ASC"), ("code", "DESC")),
    }.ToDictionary(o => o.Name);

    /// <summary>The <c>order</c> variable: null for the default order.</summary>
    public JsonNode? Argument => Keys.Length == 0 ? null : new JsonArray([.. Keys.Select(k => (JsonNode)new JsonObject { [k.Field] = k.Direction })]);

    public IReadOnlyList<ActivityRow> Sort(IEnumerable<ActivityRow> rows)
    {
        var list = rows.ToList();
        list.Sort(Compare);
        return list;
    }

    private int Compare(ActivityRow x, ActivityRow y)
    {
        foreach (var (field, direction) in Keys)
        {
            var result = field switch
            {
                "title" => string.CompareOrdinal(x.Title, y.Title),
                "code" => string.CompareOrdinal(x.Code, y.Code),
                "credits" => x.Credits.CompareTo(y.Credits),
                "approvedOn" => string.CompareOrdinal(x.ApprovedOn, y.ApprovedOn),
                _ => throw new InvalidOperationException($"Unknown sort field {field}."),
            };
            if (result != 0)
            {
                return direction == "ASC" ? result : -result;
            }
        }

        return x.Position.CompareTo(y.Position);
    }
}
