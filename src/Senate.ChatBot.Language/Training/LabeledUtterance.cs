namespace Senate.ChatBot.Language.Training;

/// <summary>One line of training or evaluation data: what a person wrote and the intent it means.</summary>
public sealed record LabeledUtterance(string Text, string Intent);
