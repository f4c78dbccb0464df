namespace Senate.ChatBot.Nlu;

internal static class Usage
{
    public const string Text = """
        script/nlu predict [--now 2026-11-26T10:00:00+07:00]
            Reads utterances, one per line, on stdin; writes one JSON object per line:
            {"text":…,"intent":…,"score":…,"entities":[{"type":"date","text":…,"value":"2026-11-27"}…]}
        script/nlu eval FILE.tsv [FILE.tsv…] [--min-accuracy 0.95] [--misses]
            Lines "utterance<TAB>intent" ('#' comments); prints accuracy, per-intent precision/recall/F1 and
            the confusions; exits 1 below --min-accuracy.
        script/nlu train [--data DIR] [--out DIR] [--seed N] [--folds 5]
            Calibrates the none threshold by k-fold cross-validation, trains on all of DIR/*.tsv and writes
            intent-model.zip and intent-model.json (default: the Language project's Data/Training and Model).
        script/nlu bench [FILE.tsv] [--rounds 20]
            Times recognition (intent and entities) of every utterance of FILE (default: the held-out set).
        """;

    public static int Show()
    {
        Console.Error.WriteLine(Text);
        return 2;
    }
}
