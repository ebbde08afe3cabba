using System.Text.RegularExpressions;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;

namespace OutcomesBot.Dialogs.MyData;

/// <summary>
/// The person's learning log and exercise summaries, readable (for supervision or SSSC post-registration learning):
/// every finished run, newest first, with the words of its summary card. Runs not finished are in the JSON export only.
/// </summary>
public sealed partial class ReadableExport(IExerciseSessionStore sessions, IEnumerable<IExercise> exercises)
{
    /// <summary>A run that took longer than this was saved and finished later: its time spent is not known.</summary>
    public static readonly TimeSpan OneSitting = TimeSpan.FromHours(3);

    public async Task<IReadOnlyList<ReadableEntry>> EntriesAsync(string personId, CancellationToken cancellationToken)
    {
        var byId = exercises.ToDictionary(e => e.Info.Id, StringComparer.Ordinal);
        var runs = await sessions.ListAsync(personId, null, ExerciseSessionStatus.Completed, cancellationToken);
        return [.. runs
            .Where(run => run.CompletedAt is not null && byId.ContainsKey(run.ExerciseId))
            .OrderByDescending(run => run.CompletedAt)
            .Select(run => Entry(byId[run.ExerciseId], run))];
    }

    private static ReadableEntry Entry(IExercise exercise, ExerciseSession run)
    {
        var completed = run.CompletedAt!.Value;
        var took = completed - run.StartedAt;
        int? minutes = took >= TimeSpan.Zero && took <= OneSitting ? Math.Max(1, (int)Math.Round(took.TotalMinutes)) : null;
        var sections = new List<ReadableSection>();
        foreach (var element in exercise.Summarise(run.Answers))
        {
            Add(sections, element);
        }

        return new ReadableEntry(exercise.Info.Title, exercise.Info.GuideSection, exercise.Info.Id == LearningLogExercise.Id, run.StartedAt, completed, minutes, sections);
    }

    // The summary card's words: bold lines become headings; facts read "title: value"; charts and inputs are left out.
    private static void Add(List<ReadableSection> sections, CardElement element)
    {
        switch (element)
        {
            case TextBlock { Weight: "Bolder" } heading:
                sections.Add(new ReadableSection(Unescape(heading.Text), ""));
                break;
            case TextBlock text when !string.IsNullOrWhiteSpace(text.Text):
                if (sections.Count > 0 && sections[^1] is { Heading: not null, Text: "" } open)
                {
                    sections[^1] = open with { Text = Unescape(text.Text) };
                }
                else
                {
                    sections.Add(new ReadableSection(null, Unescape(text.Text)));
                }

                break;
            case FactSet facts:
                sections.AddRange(facts.Facts.Select(f => new ReadableSection(null, $"{Unescape(f.Title)}: {Unescape(f.Value)}")));
                break;
            case Container container:
                foreach (var item in container.Items)
                {
                    Add(sections, item);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Card text is markdown with people's words escaped (PlainText); the page shows it as plain text again.</summary>
    private static string Unescape(string text) => Escapes().Replace(text.Replace("**", "", StringComparison.Ordinal), "$1");

    [GeneratedRegex(@"\\([\\`*_\[\]()<>&~|#!{}\-+=.])")]
    private static partial Regex Escapes();
}
