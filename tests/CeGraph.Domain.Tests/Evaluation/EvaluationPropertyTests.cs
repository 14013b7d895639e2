using CeGraph.Domain.Evaluation;
using CeGraph.Domain.Tests.Builders;
using CsCheck;

namespace CeGraph.Domain.Tests.Evaluation;

/// <summary>Properties that hold for every input <see cref="EvaluationGen"/> can build.</summary>
public sealed class EvaluationPropertyTests
{
    private const long Iterations = 500;

    [Fact]
    public void Evaluate_ShuffledCompletions_GivesIdenticalResult() =>
        EvaluationGen.Input
            .SelectMany(input => Gen.Shuffle(input.Completions.ToArray()).Select(shuffled => (input, shuffled)))
            .Sample(
                (input, shuffled) => Assert.Equal(
                    ResultText.Render(RequirementEvaluator.Evaluate(input)),
                    ResultText.Render(RequirementEvaluator.Evaluate(input with { Completions = shuffled }))),
                iter: Iterations);

    [Fact]
    public void Evaluate_AddedCompletion_NeverLowersAnyRulesEarned() =>
        Gen.Select(EvaluationGen.Input, EvaluationGen.Completion).Sample(
            (input, extra) =>
            {
                var before = RequirementEvaluator.Evaluate(input);
                var after = RequirementEvaluator.Evaluate(input with { Completions = [.. input.Completions, extra] });
                Assert.All(before.Rules.Zip(after.Rules), pair => Assert.True(pair.Second.Earned >= pair.First.Earned));
                Assert.True(after.CountedCredits >= before.CountedCredits);
            },
            iter: Iterations);

    [Fact]
    public void Evaluate_DuplicatedCompletions_ChangeOnlyTheIgnoredList() =>
        EvaluationGen.Input.Sample(
            input =>
            {
                var before = RequirementEvaluator.Evaluate(input);
                var after = RequirementEvaluator.Evaluate(input with { Completions = [.. input.Completions, .. input.Completions] });
                Assert.Equal(ResultText.Render(before, includeIgnored: false), ResultText.Render(after, includeIgnored: false));
                Assert.Equal(2 * input.Completions.Count, after.Ignored.Count + after.CountedActivityCodes.Count);
            },
            iter: Iterations);

    [Fact]
    public void Evaluate_AnyInput_ExplainsEveryNumber() =>
        EvaluationGen.Input.Sample(
            input =>
            {
                var result = RequirementEvaluator.Evaluate(input);
                Assert.Equal(input.Requirement.Rules.Count, result.Rules.Count);
                foreach (var rule in result.Rules)
                {
                    Assert.Equal(rule.Earned, Credits.Sum(rule.Contributions.Select(c => c.Credits)));
                    Assert.Equal(Credits.Max(Credits.Zero, rule.Required - rule.Earned), rule.Remaining);
                    Assert.Equal(rule.Earned >= rule.Required, rule.Satisfied);
                }

                Assert.Equal(result.Rules.All(r => r.Satisfied), result.Fulfilled);
            },
            iter: Iterations);

    [Fact]
    public void Evaluate_AnyInput_AccountsForEveryCompletionInSortedLists() =>
        EvaluationGen.Input.Sample(
            input =>
            {
                var result = RequirementEvaluator.Evaluate(input);
                Assert.Equal(input.Completions.Count, result.Ignored.Count + result.CountedActivityCodes.Count);
                Assert.Equal(result.CountedActivityCodes.Order(StringComparer.Ordinal).Distinct(), result.CountedActivityCodes);
                Assert.Equal(
                    result.Ignored.OrderBy(i => i.ActivityCode, StringComparer.Ordinal).ThenBy(i => i.CompletedOn).ThenBy(i => i.Reason),
                    result.Ignored);
                foreach (var rule in result.Rules)
                {
                    Assert.Equal(
                        rule.Contributions.OrderBy(c => c.ActivityCode, StringComparer.Ordinal).ThenBy(c => c.CategoryCode, StringComparer.Ordinal),
                        rule.Contributions);
                }
            },
            iter: Iterations);

    [Fact]
    public void Evaluate_AnyInput_CountsWhatATotalRuleEarns() =>
        EvaluationGen.Input.Sample(
            input =>
            {
                var result = RequirementEvaluator.Evaluate(input);
                Assert.All(
                    result.Rules.Where(r => r.Rule.Kind == RuleKind.TotalCredits),
                    total => Assert.Equal(result.CountedCredits, total.Earned));
                Assert.All(
                    result.Rules.Where(r => r.Rule.Kind == RuleKind.MinCreditsInCategory).SelectMany(r => r.Contributions),
                    c => Assert.True(c.InRequirementOutline));
            },
            iter: Iterations);
}
