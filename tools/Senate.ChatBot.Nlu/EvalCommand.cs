using System.Globalization;
using Senate.ChatBot.Language.Entities.Dates;
using Senate.ChatBot.Language.Training;

namespace Senate.ChatBot.Nlu;

/// <summary><c>nlu eval FILE.tsv…</c> (several files are evaluated as one set): accuracy, per-intent precision/recall/F1 and confusions of the shipped model.</summary>
internal static class EvalCommand
{
    public static int Run(Arguments args)
    {
        if (args.Positional.Count == 0)
        {
            return Usage.Show();
        }

        var utterances = args.Positional.SelectMany(UtteranceFile.Read).ToList();
        var recognizer = Recognizers.Shipped();
        var today = BangkokClock.Today(TimeProvider.System);
        var evaluation = Evaluation.Of([.. utterances.Select(u => (u, recognizer.Recognize(u.Text, today).Intent))]);
        Print(evaluation, args.Has("misses"));

        var minimum = args.Number("min-accuracy", 0);
        if (evaluation.Accuracy < minimum)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED: accuracy {evaluation.Accuracy:0.000} is below {minimum:0.000}"));
            return 1;
        }

        return 0;
    }

    public static void Print(Evaluation evaluation, bool misses)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"utterances {evaluation.Total}   accuracy {evaluation.Accuracy:0.000}"));
        Console.WriteLine();
        Console.WriteLine(string.Create(culture, $"{"intent",-18} {"support",7} {"precision",9} {"recall",7} {"F1",6}"));
        foreach (var s in evaluation.PerIntent)
        {
            Console.WriteLine(string.Create(culture, $"{s.Intent,-18} {s.Support,7} {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000}"));
        }

        var macro = evaluation.PerIntent.Where(s => s.Support > 0).Average(s => s.F1);
        Console.WriteLine(string.Create(culture, $"{"macro F1",-18} {"",7} {"",9} {"",7} {macro,6:0.000}"));
        Console.WriteLine();
        Console.WriteLine(evaluation.Confusions.Count == 0 ? "no confusions" : "confusions (expected -> predicted: count)");
        foreach (var c in evaluation.Confusions)
        {
            Console.WriteLine(string.Create(culture, $"  {c.Expected} -> {c.Predicted}: {c.Count}"));
        }

        if (misses)
        {
            Console.WriteLine();
            foreach (var m in evaluation.Misses)
            {
                Console.WriteLine($"  [{m.Expected} -> {m.Predicted}] {m.Text}");
            }
        }
    }
}
