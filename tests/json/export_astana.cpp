// SPDX-License-Identifier: BSL-1.0
// Writes the built-in Astana 2024 dataset as JSON to the file named by its argument: the input of
// the JSON Schema validation test (validate_json.py).
#include <bilateral/data/astana_2024.hpp>
#include <bilateral/io/json.hpp>

#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: json_export_astana <output.json>\n";
        return 2;
    }
    std::ofstream out{argv[1], std::ios::binary};
    out << bilateral::to_json(bilateral::data::astana_2024) << '\n';
    return out.good() ? 0 : 1;
}
