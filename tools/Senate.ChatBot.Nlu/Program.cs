using Senate.ChatBot.Nlu;

// The language-understanding workbench: `script/nlu COMMAND`, see Usage.Text.
return args.FirstOrDefault() switch
{
    "predict" => PredictCommand.Run(Arguments.Parse(args[1..])),
    "eval" => EvalCommand.Run(Arguments.Parse(args[1..])),
    "train" => TrainCommand.Run(Arguments.Parse(args[1..])),
    "bench" => BenchCommand.Run(Arguments.Parse(args[1..])),
    _ => Usage.Show(),
};
