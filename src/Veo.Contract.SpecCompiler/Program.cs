using Veo.Contract.SpecCompiler;

// Called by SpecCompiler.targets during the build: `client|rules|schema|facts|errors <spec> <output.cs> <namespace>`.
if (args.Length != 4 || (args[0] != "client" && args[0] != "rules" && args[0] != "schema" && args[0] != "facts" && args[0] != "errors"))
{
    Console.Error.WriteLine("usage: Veo.Contract.SpecCompiler client|rules|schema|facts|errors <spec.yaml> <output.cs> <namespace>");
    return 2;
}

var (command, specPath, outputPath, ns) = (args[0], args[1], args[2], args[3]);
try
{
    var code = command switch
    {
        "client" => await ClientCodeWriter.WriteAsync(specPath, ns),
        "schema" => RequestSchemaCodeWriter.Write(RuleTableReader.Read(specPath).Schema, ns),
        "facts" => RequestFactsCodeWriter.Write(RuleTableReader.Read(specPath).Schema, ns),
        "errors" => ErrorCodesCodeWriter.Write(SpecYaml.Load(specPath), ns),
        _ => RuleTableCodeWriter.Write(RuleTableReader.Read(specPath), ns),
    };
    CodeFileWriter.Save(outputPath, code);
    return 0;
}
catch (SpecException error)
{
    // MSBuild's canonical error format, so the IDE and the build log point at the spec line.
    Console.Error.WriteLine($"{Path.GetFullPath(specPath)}({error.Line},{error.Column}): error VEOSPEC: {error.Message}");
    return 1;
}
