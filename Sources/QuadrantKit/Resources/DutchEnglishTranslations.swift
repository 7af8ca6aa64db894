// The built-in translations between the Dutch and English lexicons: one pair a line, `nl word = en word`,
// both lemmas of their lexicon. Used when a participant switches language mid-walk. Lines starting with #
// are comments.
extension BuiltinLexicon {
    static let translations = #"""
# The seeds
klantgerichtheid = customer focus
grenzeloosheid = boundlessness
meegaandheid = over-accommodation
duidelijkheid = clarity
grensstellendheid = setting boundaries
hardheid = harshness
starheid = rigidity
accuratesse = accuracy
pietluttigheid = nitpicking
creativiteit = creativity
efficiëntie = efficiency
daadkracht = decisiveness
drammerigheid = pushiness
geduld = patience
passiviteit = passivity
"""#
}
