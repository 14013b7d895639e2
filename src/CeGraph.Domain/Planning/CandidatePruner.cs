namespace CeGraph.Domain.Planning;

/// <summary>
/// Shrinks a <see cref="PlanSearch"/>'s candidates before the solver sees them.
/// <list type="number">
/// <item>Exact: drop candidates that add nothing to any rule still short (counted up to each deficit), and — when a
/// <c>costBound</c> is known (the greedy plan's credits, for <see cref="PlanObjective.MinCredits"/>) — any costing more than it.</item>
/// <item>Exact: dominance. Order candidates by (cost, code). Candidate B is dropped when at least <c>sizeBound</c> candidates
/// before it add at least as much as B to every rule (up to the deficits), where <c>sizeBound</c> bounds the size of every optimal
/// plan. Then an optimal plan holding B lacks one of those dominators, and swapping B for it keeps the plan feasible and no
/// worse; so some optimal plan uses no dropped candidate. Candidates are grouped by their (capped) contribution vector, so the
/// work is quadratic in the number of distinct vectors, not of candidates.</item>
/// <item>Heuristic, only when more than <c>poolCap</c> remain: keep, for each rule, the candidates with the best
/// contribution-to-cost ratio for it (and overall), plus the <c>keep</c> ones (the greedy plan, so the solver can never do
/// worse than it). The result then says it is not exact, and the plan cannot be called optimal.</item>
/// </list>
/// </summary>
public static class CandidatePruner
{
    /// <summary>Returns the kept candidates' indexes, in (cost, code) order, and whether the pruning was exact.</summary>
    public static (IReadOnlyList<int> Kept, bool Exact) Prune(PlanSearch search, int sizeBound, long? costBound, int poolCap, IReadOnlyCollection<int> keep)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(keep);
        var active = Enumerable.Range(0, search.Deficits.Count).Where(r => search.Deficits[r] > 0).ToArray();
        var m = active.Length;
        var candidates = search.Candidates;
        var vectors = new long[candidates.Count * m];
        var useful = new List<int>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            long sum = 0;
            for (var k = 0; k < m; k++)
            {
                var value = search.Useful(i, active[k]);
                vectors[(i * m) + k] = value;
                sum += value;
            }

            if (sum > 0 && (costBound is not long bound || candidates[i].Cost <= bound))
            {
                useful.Add(i);
            }
        }

        useful.Sort((a, b) =>
        {
            var byCost = candidates[a].Cost.CompareTo(candidates[b].Cost);
            return byCost != 0 ? byCost : string.CompareOrdinal(candidates[a].Code, candidates[b].Code);
        });

        var kept = DropDominated(useful, vectors, m, Math.Max(1, sizeBound));
        if (kept.Count <= poolCap)
        {
            return (kept, true);
        }

        return (CapPool(search, kept, vectors, m, poolCap, keep), false);
    }

    private static List<int> DropDominated(List<int> ordered, long[] vectors, int m, int sizeBound)
    {
        // Groups of equal vectors; members in (cost, code) order, i.e. by rank.
        var comparer = new VectorComparer(vectors, m);
        var groupOf = new Dictionary<int, int>(comparer);
        var groups = new List<List<int>>();
        for (var rank = 0; rank < ordered.Count; rank++)
        {
            var candidate = ordered[rank];
            if (!groupOf.TryGetValue(candidate, out var group))
            {
                group = groups.Count;
                groupOf[candidate] = group;
                groups.Add([]);
            }

            groups[group].Add(rank);
        }

        // A strict dominator's vector has a larger sum: only groups earlier in this order can dominate.
        var sums = groups.Select(g => Sum(vectors, ordered[g[0]], m)).ToArray();
        var bySumDescending = Enumerable.Range(0, groups.Count).OrderByDescending(g => sums[g]).ToArray();
        var keptRanks = new List<int>(ordered.Count);
        var dominatorRanks = new List<int>();
        for (var p = 0; p < bySumDescending.Length; p++)
        {
            var v = bySumDescending[p];
            var vector = ordered[groups[v][0]];
            dominatorRanks.Clear();
            for (var q = 0; q < p && sums[bySumDescending[q]] > sums[v]; q++)
            {
                var w = bySumDescending[q];
                if (Dominates(vectors, ordered[groups[w][0]], vector, m))
                {
                    var members = groups[w];
                    for (var j = 0; j < members.Count && j < sizeBound; j++)
                    {
                        dominatorRanks.Add(members[j]);
                    }

                    if (dominatorRanks.Count > 4 * sizeBound)
                    {
                        Truncate(dominatorRanks, sizeBound);
                    }
                }
            }

            Truncate(dominatorRanks, sizeBound);
            var own = groups[v];
            var d = 0;
            for (var j = 0; j < own.Count; j++)
            {
                while (d < dominatorRanks.Count && dominatorRanks[d] < own[j])
                {
                    d++;
                }

                // j earlier members of its own group and d strict dominators come before it.
                if (j + d >= sizeBound)
                {
                    break;
                }

                keptRanks.Add(own[j]);
            }
        }

        keptRanks.Sort();
        return keptRanks.ConvertAll(rank => ordered[rank]);
    }

    private static List<int> CapPool(PlanSearch search, List<int> kept, long[] vectors, int m, int poolCap, IReadOnlyCollection<int> keep)
    {
        var perList = Math.Max(1, poolCap / (m + 1));
        var chosen = new HashSet<int>(keep);
        var position = new Dictionary<int, int>(kept.Count);
        for (var p = 0; p < kept.Count; p++)
        {
            position[kept[p]] = p;
        }

        for (var k = 0; k <= m; k++)
        {
            var rule = k;
            var ranked = kept
                .Select(i => (Index: i, Gain: rule < m ? vectors[(i * m) + rule] : Sum(vectors, i, m), search.Candidates[i].Cost))
                .Where(x => x.Gain > 0)
                .OrderByDescending(x => (double)x.Gain / Math.Max(1, x.Cost))
                .ThenBy(x => x.Cost)
                .ThenBy(x => position[x.Index]);
            foreach (var (index, _, _) in ranked.Take(perList))
            {
                chosen.Add(index);
            }
        }

        return kept.Where(chosen.Contains).ToList();
    }

    private static void Truncate(List<int> ranks, int count)
    {
        ranks.Sort();
        if (ranks.Count > count)
        {
            ranks.RemoveRange(count, ranks.Count - count);
        }
    }

    private static long Sum(long[] vectors, int candidate, int m)
    {
        long sum = 0;
        for (var k = 0; k < m; k++)
        {
            sum += vectors[(candidate * m) + k];
        }

        return sum;
    }

    private static bool Dominates(long[] vectors, int a, int b, int m)
    {
        for (var k = 0; k < m; k++)
        {
            if (vectors[(a * m) + k] < vectors[(b * m) + k])
            {
                return false;
            }
        }

        return true;
    }

    private sealed class VectorComparer(long[] vectors, int m) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => vectors.AsSpan(x * m, m).SequenceEqual(vectors.AsSpan(y * m, m));

        public int GetHashCode(int obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan(obj * m, m)));
            return hash.ToHashCode();
        }
    }
}
