// One test class at a time: each end-to-end test runs a host (and some a whole roadmapbot process); side by side on a
// small CI machine they would compete with the other test projects' process tests for CPU.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
