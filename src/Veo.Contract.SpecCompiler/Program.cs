using Veo.Contract.SpecCompiler;

// Called by SpecCompiler.targets during the build: `client|contract|facts|errors <spec> <output.cs> <client namespace>`.
if (args.Length != 4 || (args[0] != "client" && args[0] != "contract" && args[0] != "facts" && args[0] != "errors"))
{
    Console.Error.WriteLine("usage: Veo.Contract.SpecCompiler client|contract|facts|errors <spec.yaml> <output.cs> <client namespace>");
    return 2;
}

var (command, specPath, outputPath, ns) = (args[0], args[1], args[2], args[3]);
try
{
    var code = command switch
    {
        "client" => await ClientCodeWriter.WriteAsync(specPath, ns),
        "errors" => ErrorCodesCodeWriter.Write(SpecYaml.Load(specPath), ns),
        "facts" => RequestFactsCodeWriter.Write(ContractReader.Read(specPath), ns),
        _ => ContractSchemaCodeWriter.Write(ContractReader.Read(specPath), ns),
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
