import FedShell
import LineEditing
print("fedsh placeholder")
